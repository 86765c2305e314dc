package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.notification.SmtpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar as its own process, taking inquiries through the REST API at a steady rate, killed
 * with SIGKILL after the first hundred and started again: every inquiry that got a 201 must be stored, and its two
 * mails must go out after the restart. Runs on H2 (a file, with the durable setting the app uses by
 * default) or, with -Ppostgres, on PostgreSQL. Needs {@code -Dinquiry.crash.jar}; see README.
 */
class CrashRecoveryIT {

    private static final Duration RATE = Duration.ofMillis(20);

    @Test
    void every_acknowledged_inquiry_survives_a_sigkill_and_its_mails_go_out_after_the_restart(@TempDir Path data)
            throws Exception {
        Path jar = Path.of(System.getProperty("inquiry.crash.jar", ""));
        assertThat(jar).as("the production jar (-Dinquiry.crash.jar)").isRegularFile();
        var smtp = new SmtpServer();
        smtp.start();
        int port = ProductionJar.freePort();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> environment = environment(data, port, smtp.port);
        Path logs = Files.createDirectories(Path.of("target", "crash"));

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        var refused = new AtomicInteger();
        var sending = new AtomicBoolean(true);
        Process app = ProductionJar.start(jar, environment, logs.resolve("app-before-kill.log"));
        Thread client = null;
        try {
            ProductionJar.awaitReady(port);
            client = Thread.ofPlatform().start(() -> send(port, marker, acknowledged, refused, sending));
            await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 100);
            int beforeKill = acknowledged.size();
            app.destroyForcibly().waitFor();
            System.out.printf("Killed the app (SIGKILL) after %d acknowledged inquiries%n", beforeKill);
            app = ProductionJar.start(jar, environment, logs.resolve("app-after-restart.log"));
            ProductionJar.awaitReady(port);
            await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= beforeKill + 50);
            sending.set(false);
            client.join();

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        Map<String, Long> mailsPerReference = mailedReferences(smtp);
                        assertThat(acknowledged)
                                .as("a staff notification and an acknowledgement for each")
                                .allMatch(reference -> mailsPerReference.getOrDefault(reference, 0L) >= 2);
                    });
            app.destroy();
            app.waitFor();
            Set<String> stored = storedReferences(data, marker);
            assertThat(stored).as("every inquiry answered with 201 is stored").containsAll(acknowledged);
            long duplicates = smtp.received().stream()
                    .map(SmtpServer::mailId)
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()))
                    .values()
                    .stream()
                    .filter(count -> count > 1)
                    .count();
            String report = "Crash test on %s: %d inquiries acknowledged (%d before the kill), %d requests refused"
                            .formatted(
                                    TestProfiles.onPostgres() ? "PostgreSQL" : "H2",
                                    acknowledged.size(),
                                    beforeKill,
                                    refused.get())
                    + ", %d stored, %d mails received, %d mails sent twice%n"
                            .formatted(stored.size(), smtp.received().size(), duplicates);
            System.out.print(report);
            Files.writeString(logs.resolve("report.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } finally {
            sending.set(false);
            if (client != null) {
                client.join();
            }
            app.destroy();
            app.waitFor();
            smtp.stop();
        }
    }

    private static Map<String, String> environment(Path data, int port, int smtpPort) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(port));
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
        environment.put("INQUIRY_PER_IP_LIMIT", "100000");
        environment.put("INQUIRY_API_REQUESTS_PER_MINUTE", "1000000");
        environment.put("INQUIRY_TOTAL_ACKNOWLEDGEMENTS_PER_HOUR", "1000000");
        environment.put("VAADIN_USAGE_STATS_ENABLED", "false");
        if (TestProfiles.onPostgres()) {
            environment.put("INQUIRY_DB_URL", System.getenv("INQUIRY_TEST_PG_URL"));
            environment.put("INQUIRY_DB_USER", System.getenv("INQUIRY_TEST_PG_USER"));
            environment.put("INQUIRY_DB_PASSWORD", System.getenv("INQUIRY_TEST_PG_PASSWORD"));
        } else {
            environment.put("INQUIRY_DATA_DIR", data.toString());
        }
        return environment;
    }

    /** One client, one inquiry every 20 ms, through the kill and the restart; counts what it was told. */
    private static void send(
            int port, String marker, Set<String> acknowledged, AtomicInteger refused, AtomicBoolean sending) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int n = 0; sending.get(); n++) {
            long started = System.nanoTime();
            String body = """
                    {"name":"Crash %d","email":"crash-%s-%d@example.com","productLine":"ceramics",
                     "subject":"Crucibles %s %d","message":"Please quote.","language":"en","consent":true}""".formatted(n, marker, n, marker, n);
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inquiries"))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(response.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1"));
                } else {
                    refused.incrementAndGet();
                }
            } catch (IOException e) {
                refused.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            LockSupport.parkNanos(Math.max(0, RATE.toNanos() - (System.nanoTime() - started)));
        }
    }

    /** The references stored in the app's database, read after the app has stopped. */
    private static Set<String> storedReferences(Path data, String marker) throws Exception {
        String url = TestProfiles.onPostgres()
                ? System.getenv("INQUIRY_TEST_PG_URL")
                : "jdbc:h2:file:" + data.resolve("inquirydesk");
        String user = TestProfiles.onPostgres() ? System.getenv("INQUIRY_TEST_PG_USER") : "sa";
        String password = TestProfiles.onPostgres() ? System.getenv("INQUIRY_TEST_PG_PASSWORD") : "";
        Set<String> references = new java.util.HashSet<>();
        try (var connection = DriverManager.getConnection(url, user, password);
                var query = connection.prepareStatement("select reference from inquiry where subject like ?")) {
            query.setString(1, "Crucibles " + marker + " %");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
        }
        return references;
    }

    /** How many mails name each reference in their subject. */
    private static Map<String, Long> mailedReferences(SmtpServer smtp) {
        return smtp.received().stream()
                .map(SmtpServer::subject)
                .map(subject -> subject.replaceAll(".*(INQ-\\d{4}-\\d{6}).*", "$1"))
                .collect(Collectors.groupingBy(reference -> reference, Collectors.counting()));
    }
}
