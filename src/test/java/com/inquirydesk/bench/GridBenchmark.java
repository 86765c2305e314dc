package com.inquirydesk.bench;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryQueries;
import com.inquirydesk.inquiry.InquiryStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures page fetches through the grid's own service over many seeded inquiries; prints the numbers and
 * writes them to {@code target/grid-benchmark.md}. Run with {@code ./mvnw verify -Pbench} (add
 * {@code -Dbench.rows=1000000} for more rows, {@code -Ppostgres} for PostgreSQL). It asserts no timing.
 */
@IntegrationTest
class GridBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    private static final int RUNS = 20;
    private static final List<String> results = new ArrayList<>();

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) throws IOException {
        if (!TestProfiles.onPostgres()) {
            Path dir = Files.createTempDirectory("inquirydesk-bench");
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("bench"));
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InquiryQueries queries;

    @Test
    void page_fetches_over_many_inquiries() {
        long seedStart = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        results.add("Seeded %,d inquiries in %.1f s (%,.0f rows/s) on %s"
                .formatted(
                        ROWS, seedSeconds, ROWS / seedSeconds, TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)"));
        var authentication = new TestingAuthenticationToken("bench", null, "ROLE_SALES");
        SecurityContextHolder.setContext(
                new org.springframework.security.core.context.SecurityContextImpl(authentication));
        long gas = jdbc.queryForObject("select id from product_line where code = 'natural-gas'", Long.class);

        InquiryFilter all = InquiryFilter.all();
        measure("first page, newest first", () -> queries.list(all, List.of(), 0, 50));
        measure("page at offset 1,000", () -> queries.list(all, List.of(), 1_000, 50));
        measure("last page (offset %,d)".formatted(ROWS - 50), () -> queries.list(all, List.of(), ROWS - 50, 50));
        measure(
                "status NEW, first page",
                () -> queries.list(all.withStatuses(Set.of(InquiryStatus.NEW)), List.of(), 0, 50));
        measure("product line, first page", () -> queries.list(all.withProductLine(gas), List.of(), 0, 50));
        measure("search 坩埚 (Chinese), first page", () -> queries.list(all.withText("坩埚"), List.of(), 0, 50));
        measure("search with no match", () -> queries.list(all.withText("zzzqqq"), List.of(), 0, 50));
        measure("counts per status (tabs)", () -> queries.countByStatus(all));
    }

    @AfterAll
    static void report() throws IOException {
        var report = new StringBuilder("# Grid page fetches\n\n");
        report.append("%d cores, %d MB max heap, Java %s%n%n"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() / 1024 / 1024,
                        Runtime.version()));
        results.forEach(line -> report.append(line).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/grid-benchmark.md"), report);
    }

    private void measure(String name, Supplier<?> fetch) {
        for (int i = 0; i < 3; i++) {
            fetch.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            fetch.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        results.add("| %-36s | p50 %8.1f ms | p95 %8.1f ms |"
                .formatted(name, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]));
    }

    private void seed() {
        long[] lines = jdbc.queryForList("select id from product_line", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
        String[] subjects = {
            "氧化铝坩埚询价", "High-purity iron, 5 t", "天然气供应", "Magnet quote", "苗木采购", "Health food distribution", "智能产品合作"
        };
        String[] statuses = {"NEW", "NEW", "IN_PROGRESS", "QUOTED", "WON", "LOST", "CLOSED"};
        var random = new Random(42);
        Instant start = Instant.now().minus(Duration.ofDays(730));
        long step = Duration.ofDays(730).toMillis() / ROWS;
        String sql = """
                insert into inquiry (reference, received_at, language, contact_name, company, email, phone,
                    country, product_line_id, subject, message, consent_version, consent_at, status, priority,
                    source, spam, content_hash, version)
                values (?, ?, ?, ?, ?, ?, null, 'CN', ?, ?, ?, '2026-11', ?, ?, 'NORMAL', 'API', false, ?, 0)""";
        int batch = 5_000;
        for (int from = 0; from < ROWS; from += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = from; i < Math.min(ROWS, from + batch); i++) {
                int kind = random.nextInt(subjects.length);
                boolean chinese = kind % 2 == 0;
                Timestamp at = Timestamp.from(start.plusMillis(step * i));
                rows.add(new Object[] {
                    "INQ-2024-%07d".formatted(i),
                    at,
                    chinese ? "ZH" : "EN",
                    chinese ? "王伟" + i : "Client " + i,
                    chinese ? "宜昌贸易有限公司" : "Trading Ltd " + (i % 997),
                    "client" + i + "@example.com",
                    lines[kind % lines.length],
                    subjects[kind],
                    (chinese ? "您好，请报价，数量 " : "Hello, please quote, quantity ")
                            + random.nextInt(10_000)
                            + (chinese ? " 件。谢谢！" : " pieces. Thank you."),
                    at,
                    statuses[random.nextInt(statuses.length)],
                    Long.toHexString(random.nextLong())
                });
            }
            jdbc.batchUpdate(sql, rows);
        }
    }
}
