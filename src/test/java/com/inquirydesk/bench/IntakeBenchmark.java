package com.inquirydesk.bench;

import static org.awaitility.Awaitility.await;

import com.inquirydesk.FileDatabase;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.domain.TextSearch;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Sustained REST intake, driven by wrk from a second process ({@code bench/intake.lua}), beside two anchors that
 * write the same rows (inquiry, timeline entry, staff notification and acknowledgement in the outbox) with the same
 * durability and the same number of concurrent clients: a bare Spring Boot app taking the same JSON under the same
 * wrk load ({@code bench/bare}, the target's anchor), and raw JDBC transactions through the app's connection pool
 * (no HTTP at all; for information). First the maximum rate of each, then the app at a constant half of its
 * maximum for p50/p99. On H2
 * the database is a file with the production settings ({@link FileDatabase}). Writes {@code
 * target/intake-benchmark.md}; asserts no timing. The rate limits are lifted: this measures the intake, not them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestPropertySource(
        properties = {
            "inquiry.intake.per-ip-limit=1000000000",
            "inquiry.intake.per-email-limit=1000000000",
            "inquiry.web.api-requests-per-minute=1000000000"
        })
class IntakeBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    /** Seconds of load before each writer is measured; the app's JIT compiler is still busy after 10 s. */
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 40);

    private static final int CLIENTS = 8;
    private static final int WRK_THREADS = 2;
    private static final Pattern WRK_RESULT =
            Pattern.compile("intake requests=(\\d+) seconds=([\\d.]+) p50_ms=([\\d.]+) p99_ms=([\\d.]+) failed=(\\d+)");
    private static final List<String> results = new ArrayList<>();

    @DynamicPropertySource
    static void durableFileDatabase(DynamicPropertyRegistry registry) throws IOException {
        FileDatabase.register(registry, "intake");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> CLIENTS + 2);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    TextSearch search;

    @Test
    void intake_beside_raw_transactions() throws Exception {
        double seedSeconds = BenchData.seed(jdbc, ROWS);
        // H2's text index takes the seeded rows in after the seeding: a backlog the app's steady state does not have
        long indexing = System.nanoTime();
        await().pollInterval(Duration.ofMillis(500))
                .atMost(Duration.ofMinutes(30))
                .until(() -> search.waiting() == 0);
        results.add(("Seeded %,d inquiries in %.1f s on %s (the text index caught up %.1f s after); %d concurrent"
                        + " clients, %d s per run%n")
                .formatted(
                        ROWS,
                        seedSeconds,
                        TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file, WRITE_DELAY=0)",
                        (System.nanoTime() - indexing) / 1e9,
                        CLIENTS,
                        SECONDS));

        wrk(WARM_UP, 0); // JIT, pools, caches: a server's steady state, not its first minute
        Run appMax = wrk(SECONDS, 0);
        double half = appMax.perSecond() / 2;
        Run appHalf = wrk(SECONDS, half);

        // the raw transactions write mails as long as the app's, measured on what it just wrote
        int text = jdbc.queryForObject("select cast(avg(length(body_text)) as int) from outbound_mail", Integer.class);
        int html = jdbc.queryForObject("select cast(avg(length(body_html)) as int) from outbound_mail", Integer.class);
        raw(5, text, html); // warm-up
        Run rawMax = raw(SECONDS, text, html);
        Run bareMax = bare(text, html);

        results.add("| writer | rate asked | requests | per second | p50 | p99 | failed |");
        results.add("| --- | --- | --- | --- | --- | --- | --- |");
        results.add(rawMax.row("raw JDBC transactions (same rows)", "as fast as it goes"));
        results.add(bareMax.row("bare Spring Boot app: POST /api/inquiries, JdbcClient (wrk)", "as fast as it goes"));
        results.add(appMax.row("the app: POST /api/inquiries (wrk)", "as fast as it goes"));
        results.add(appHalf.row("the app at half its maximum (wrk)", "%,.0f/s constant".formatted(half)));
        results.add("");
        results.add("App maximum / bare app's maximum: %.2f; / raw maximum: %.2f. Rows per inquiry: 1 inquiry, "
                        .formatted(appMax.perSecond() / bareMax.perSecond(), appMax.perSecond() / rawMax.perSecond())
                + "1 timeline entry, 2 mails (text %,d and HTML %,d characters on average); the app also files "
                        .formatted(text, html)
                + (TestProfiles.onPostgres()
                        ? "the client's contact and counts it in the tally (a trigger). "
                        : "the client's contact, queues the inquiry for the text index and counts it in the "
                                + "tally (triggers). ")
                + "The bare app (bench/bare, BareIntake) "
                + (TestProfiles.onPostgres()
                        ? "writes into the same database."
                        : "writes into an H2 file of its own with the same settings and tables (the app's "
                                + "db/migration), without the text index's queue and the tally, whose triggers are "
                                + "the app's code.")
                + (TestProfiles.onPostgres() ? " Its rows go into the text index and the tally too." : "")
                + " It takes the same JSON, with neither security nor validation.");
    }

    @AfterAll
    static void report() throws IOException {
        BenchReport.write("intake", "Intake", results);
    }

    /** wrk against the app for the given seconds, as fast as it goes (rate 0) or at a constant rate. */
    private Run wrk(int seconds, double rate) throws IOException, InterruptedException {
        return wrk(port, seconds, rate);
    }

    private Run wrk(int port, int seconds, double rate) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                "wrk",
                "-t" + WRK_THREADS,
                "-c" + CLIENTS,
                "-d" + seconds + "s",
                "--latency",
                "-s",
                "bench/intake.lua",
                "http://127.0.0.1:" + port));
        if (rate > 0) {
            command.addAll(List.of("--", String.valueOf(rate), String.valueOf(WRK_THREADS)));
        }
        var process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher result = WRK_RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("no result from wrk: " + output);
        }
        return new Run(
                Long.parseLong(result.group(1)),
                Double.parseDouble(result.group(2)),
                Double.parseDouble(result.group(3)),
                Double.parseDouble(result.group(4)),
                Long.parseLong(result.group(5)));
    }

    /**
     * The anchor: {@code bench/bare}'s {@code POST /api/inquiries} ({@code mvn -f bench/bare -Pintake package}), a
     * second JVM started here, warmed up and driven by the same wrk load as the app.
     */
    private Run bare(int textLength, int htmlLength) throws Exception {
        Path jar = Path.of("bench/bare/target/intake/bare-intake.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "Build the bare app first: ./mvnw -f bench/bare/pom.xml -Pintake -DskipTests package");
        }
        int barePort;
        try (var socket = new ServerSocket(0)) {
            barePort = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(
                java,
                "-jar",
                jar.toString(),
                "--server.port=" + barePort,
                "--spring.datasource.hikari.maximum-pool-size=" + (CLIENTS + 2),
                "--bench.mail-text-length=" + textLength,
                "--bench.mail-html-length=" + htmlLength));
        Path bareData = null;
        if (TestProfiles.onPostgres()) {
            command.addAll(List.of(
                    "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    "--spring.flyway.enabled=false",
                    "--bench.next-reference=select nextval('inquiry_reference_seq')"));
        } else {
            bareData = Files.createTempDirectory("inquirydesk-bare");
            command.addAll(List.of(
                    "--spring.datasource.url=jdbc:h2:file:" + bareData.resolve("bare") + FileDatabase.OPTIONS,
                    "--spring.flyway.locations=filesystem:src/main/resources/db/migration"));
        }
        Path log = Files.createTempFile("bare-intake", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            var http = HttpClient.newHttpClient();
            var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + barePort + "/"))
                    .build();
            try {
                await().atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(200))
                        .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                        .failFast(() -> !process.isAlive())
                        .until(() -> http.send(ready, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200);
            } catch (ConditionTimeoutException | TerminalFailureException notStarted) {
                throw new IllegalStateException("The bare app did not start: " + Files.readString(log), notStarted);
            }
            wrk(barePort, WARM_UP, 0);
            return wrk(barePort, SECONDS, 0);
        } finally {
            process.destroy();
            process.waitFor();
            if (bareData != null) {
                FileSystemUtils.deleteRecursively(bareData);
            }
            Files.deleteIfExists(log);
        }
    }

    /** The same rows as one intake, in one transaction per inquiry, from {@link #CLIENTS} threads. */
    private Run raw(int seconds, int textLength, int htmlLength) throws Exception {
        String bodyText = "正".repeat(textLength);
        String bodyHtml = "<p>" + "x".repeat(Math.max(0, htmlLength - 7)) + "</p>";
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<double[]>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                clients.add(pool.submit(() -> rawClient(id, end, bodyText, bodyHtml)));
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double[] all = clients.stream()
                .flatMapToDouble(client -> Arrays.stream(result(client)))
                .sorted()
                .toArray();
        return new Run(all.length, elapsed, percentile(all, 0.50), percentile(all, 0.99), 0);
    }

    /** The client's times, or its failure with its cause (which {@code resultNow} would drop). */
    private static double[] result(Future<double[]> client) {
        try {
            return client.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a raw client failed", e.getCause() == null ? e : e.getCause());
        }
    }

    private double[] rawClient(int client, long end, String bodyText, String bodyHtml) throws SQLException {
        String nextValue = TestProfiles.onPostgres()
                ? "select nextval('inquiry_reference_seq')"
                : "select next value for inquiry_reference_seq";
        long line = jdbc.queryForObject("select min(id) from product_line", Long.class);
        double[] millis = new double[1 << 16];
        int count = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sequence = connection.prepareStatement(nextValue);
                PreparedStatement inquiry = connection.prepareStatement("""
                        insert into inquiry (reference, received_at, language, contact_name, company, email, phone,
                            country, product_line_id, subject, message, consent_version, consent_at, status, priority,
                            source, spam, client_ip_hash, content_hash, version)
                        values (?, ?, 'ZH', ?, '宜昌贸易有限公司', ?, null, null, ?, ?, ?, '2026-11', ?, 'NEW', 'NORMAL',
                            'API', false, ?, ?, 0)""", new String[] {"id"});
                PreparedStatement event = connection.prepareStatement("""
                        insert into inquiry_event (inquiry_id, occurred_at, type, actor, old_value, new_value, note)
                        values (?, ?, 'SUBMITTED', null, null, 'NEW', null)""");
                PreparedStatement mail = connection.prepareStatement("""
                        insert into outbound_mail (inquiry_id, kind, language, to_addresses, cc_addresses, reply_to,
                            primary_recipient, subject, body_text, body_html, state, attempts, next_attempt_at,
                            created_at, version, message_id)
                        values (?, ?, 'ZH', ?, null, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, 0, ?)""")) {
            connection.setAutoCommit(false);
            for (long n = 0; System.nanoTime() < end; n++) {
                long start = System.nanoTime();
                String tag = client + "-" + n + "-" + start;
                var now = Timestamp.from(Instant.now());
                long number;
                try (var next = sequence.executeQuery()) {
                    next.next();
                    number = next.getLong(1);
                }
                String email = "raw-" + tag + "@example.com";
                inquiry.setString(1, "INQ-2026-%06d".formatted(number));
                inquiry.setTimestamp(2, now);
                inquiry.setString(3, "王伟 " + tag);
                inquiry.setString(4, email);
                inquiry.setLong(5, line);
                inquiry.setString(6, "氧化铝坩埚询价 " + tag);
                inquiry.setString(7, "您好，我们需要 99 瓷氧化铝坩埚 200 个，请报价并告知交货期。谢谢！");
                inquiry.setTimestamp(8, now);
                inquiry.setString(9, "%064x".formatted(n));
                inquiry.setString(10, "%064x".formatted(start));
                inquiry.executeUpdate();
                long id;
                try (var keys = inquiry.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                event.setLong(1, id);
                event.setTimestamp(2, now);
                event.executeUpdate();
                for (String kind : new String[] {"STAFF_NOTIFICATION", "ACKNOWLEDGEMENT"}) {
                    mail.setLong(1, id);
                    mail.setString(2, kind);
                    mail.setString(3, kind.equals("ACKNOWLEDGEMENT") ? email : "sales@example.com");
                    mail.setString(4, kind.equals("ACKNOWLEDGEMENT") ? null : email);
                    mail.setString(5, kind.equals("ACKNOWLEDGEMENT") ? email : "sales@example.com");
                    mail.setString(6, "[INQ-2026-%06d] 氧化铝坩埚询价 %s".formatted(number, tag));
                    mail.setString(7, bodyText);
                    mail.setString(8, bodyHtml);
                    mail.setTimestamp(9, now);
                    mail.setTimestamp(10, now);
                    mail.setString(11, "<raw-%s-%s@inquiry-desk.invalid>".formatted(tag, kind));
                    mail.executeUpdate();
                }
                connection.commit();
                if (count == millis.length) {
                    millis = Arrays.copyOf(millis, count * 2);
                }
                millis[count++] = (System.nanoTime() - start) / 1e6;
            }
        }
        return Arrays.copyOf(millis, count);
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * fraction) - 1)];
    }

    private record Run(long requests, double seconds, double p50, double p99, long failed) {

        double perSecond() {
            return requests / seconds;
        }

        String row(String writer, String asked) {
            return "| %s | %s | %,d | %,.0f | %.1f ms | %.1f ms | %,d |"
                    .formatted(writer, asked, requests, perSecond(), p50, p99, failed);
        }
    }
}
