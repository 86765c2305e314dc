package com.inquirydesk;

import static com.inquirydesk.notification.SmtpServer.recipient;
import static com.inquirydesk.notification.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.notification.SmtpServer;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on one database, as behind a load balancer: inquiries sent to either are seen by
 * both, and every mail goes out exactly once although both dispatchers work the same outbox. It runs with
 * -Ppostgres only (the pom leaves it out otherwise), on the one database more than one instance may share.
 */
class MultiInstanceIT {

    private static final int INQUIRIES = 1000;
    private static final String MANAGER_PASSWORD = "Kiln quartz 47 lantern";

    @Test
    void a_thousand_inquiries_across_two_instances_are_seen_by_both_and_mailed_exactly_once() throws Exception {
        var smtp = new SmtpServer();
        smtp.start();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> arguments = arguments(smtp, marker);
        try (var first = start(arguments);
                var second = start(arguments)) {
            String manager = "multi-" + marker;
            first.getBean(StaffService.class).create(manager, "Multi Instance", null, Role.MANAGER, MANAGER_PASSWORD);
            List<Integer> ports = List.of(port(first), port(second));

            Set<String> references = submitAll(ports, marker);

            assertThat(references).hasSize(INQUIRIES);
            for (int port : ports) {
                assertThat(exportedReferences(port, manager, marker))
                        .as("inquiries seen by the instance on port %d", port)
                        .containsExactlyInAnyOrderElementsOf(references);
            }
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ofThisRun(smtp, marker).size() >= 2 * INQUIRIES);
            // A mail sent twice would arrive within moments: the count must hold still for two seconds
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> ofThisRun(smtp, marker).size() == 2 * INQUIRIES);
            List<MimeMessage> mails = ofThisRun(smtp, marker);
            Map<String, Long> perMail =
                    mails.stream().collect(Collectors.groupingBy(SmtpServer::mailId, Collectors.counting()));
            assertThat(perMail).hasSize(2 * INQUIRIES);
            assertThat(perMail.values()).as("each mail exactly once").allMatch(count -> count == 1);
            Map<Boolean, Long> kinds = mails.stream()
                    .collect(Collectors.partitioningBy(
                            mail -> recipient(mail).startsWith("client-"), Collectors.counting()));
            assertThat(kinds.get(true)).as("acknowledgements").isEqualTo(INQUIRIES);
            assertThat(kinds.get(false)).as("staff notifications").isEqualTo(INQUIRIES);
            double sentByFirst = sent(first);
            double sentBySecond = sent(second);
            System.out.printf(
                    "Two instances: %d inquiries, %d mails, %.0f sent by the first instance and %.0f by the second%n",
                    references.size(), mails.size(), sentByFirst, sentBySecond);
            // Each dispatcher did part of the work. (On PostgreSQL they may also send mails other tests left
            // waiting in the shared database, so the sum can exceed the 2,000 counted above.)
            assertThat(sentByFirst).as("mails sent by the first instance").isPositive();
            assertThat(sentBySecond).as("mails sent by the second instance").isPositive();
        } finally {
            smtp.stop();
        }
    }

    private static List<String> arguments(SmtpServer smtp, String marker) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port,
                "--inquiry.mail.poll-interval=200ms",
                "--inquiry.intake.per-ip-limit=100000",
                "--inquiry.web.api-requests-per-minute=1000000",
                "--logging.level.com.inquirydesk=warn"));
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:multi-" + marker + ";DB_CLOSE_DELAY=-1");
        }
        return arguments;
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Sends the inquiries from eight clients, each to the instances in turn; returns the references given. */
    private static Set<String> submitAll(List<Integer> ports, String marker) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> references = ConcurrentHashMap.newKeySet();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < INQUIRIES; i++) {
                int n = i;
                sent.add(clients.submit(() -> {
                    String body = """
                            {"name":"客户 %d","email":"client-%s-%d@example.cn","productLine":"natural-gas",
                             "subject":"天然气询价 %s %d","message":"每天 3000 立方米。","language":"zh","consent":true}""".formatted(n, marker, n, marker, n);
                    var request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + ports.get(n % 2) + "/api/inquiries"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    references.add(response.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1"));
                    return null;
                }));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        }
        return references;
    }

    /** The references in the CSV export of one instance, as a manager's script would fetch them. */
    private static List<String> exportedReferences(int port, String manager, String marker) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/reports/inquiries.csv?q=" + marker))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (manager + ":" + MANAGER_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        String csv = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        return csv.lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
    }

    private static List<MimeMessage> ofThisRun(SmtpServer smtp, String marker) {
        return smtp.received().stream()
                .filter(mail ->
                        subject(mail).contains(marker) || recipient(mail).contains(marker))
                .toList();
    }

    private static double sent(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class)
                .get("inquiry.mail.sent")
                .counter()
                .count();
    }
}
