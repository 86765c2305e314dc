package com.inquirydesk.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seeds benchmark inquiries fast: plain batched inserts, bypassing the intake on purpose. */
public final class BenchData {

    private static final String[] SUBJECTS = {
        "氧化铝坩埚询价", "High-purity iron, 5 t", "天然气供应", "Magnet quote", "苗木采购", "Health food distribution", "智能产品合作"
    };
    private static final String[] STATUSES = {"NEW", "NEW", "IN_PROGRESS", "QUOTED", "WON", "LOST", "CLOSED"};

    private BenchData() {}

    /**
     * Inserts {@code rows} inquiries spread over two years, half in Chinese, and on PostgreSQL vacuums them as
     * autovacuum would; returns the seconds it took.
     */
    public static double seed(JdbcTemplate jdbc, int rows) {
        long start = System.nanoTime();
        long[] lines = jdbc.queryForList("select id from product_line", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
        var random = new Random(42);
        Instant first = Instant.now().minus(Duration.ofDays(730));
        long step = Math.max(1, Duration.ofDays(730).toMillis() / rows);
        String sql = """
                insert into inquiry (reference, received_at, language, contact_name, company, email, phone,
                    country, product_line_id, subject, message, consent_version, consent_at, status, priority,
                    first_response_at, first_response_minutes, source, spam, content_hash, version)
                values (?, ?, ?, ?, ?, ?, null, 'CN', ?, ?, ?, '2026-11', ?, ?, 'NORMAL', ?, ?, 'API', false, ?, 0)""";
        int batch = 5_000;
        for (int from = 0; from < rows; from += batch) {
            List<Object[]> values = new ArrayList<>(batch);
            for (int i = from; i < Math.min(rows, from + batch); i++) {
                int kind = random.nextInt(SUBJECTS.length);
                boolean chinese = kind % 2 == 0;
                Timestamp at = Timestamp.from(first.plusMillis(step * i));
                String status = STATUSES[random.nextInt(STATUSES.length)];
                // answered within three days, except those still new
                Integer responseSeconds = status.equals("NEW") ? null : 600 + random.nextInt(72 * 3600);
                Timestamp responded = responseSeconds == null
                        ? null
                        : Timestamp.from(at.toInstant().plusSeconds(responseSeconds));
                values.add(new Object[] {
                    "INQ-2024-%07d".formatted(i),
                    at,
                    chinese ? "ZH" : "EN",
                    chinese ? "王伟" + i : "Client " + i,
                    chinese ? "宜昌贸易有限公司" : "Trading Ltd " + (i % 997),
                    "client" + i + "@example.com",
                    lines[kind % lines.length],
                    SUBJECTS[kind],
                    (chinese ? "您好，请报价，数量 " : "Hello, please quote, quantity ")
                            + random.nextInt(10_000)
                            + (chinese ? " 件。谢谢！" : " pieces. Thank you."),
                    at,
                    status,
                    responded,
                    responseSeconds == null ? null : responseSeconds / 60,
                    Long.toHexString(random.nextLong())
                });
            }
            jdbc.batchUpdate(sql, values);
        }
        if (jdbc.execute((ConnectionCallback<Boolean>)
                connection -> connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"))) {
            // what autovacuum does soon after a bulk insert: statistics for the planner, and the visibility map
            // that lets index-only scans skip the table
            jdbc.execute("vacuum analyze inquiry");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Changes one inquiry, as new ones arrive all the time. H2 answers a query it has just run from its cached
     * result until a table the query reads changes: without this, repeating a query would time that cache.
     */
    public static void touch(JdbcTemplate jdbc) {
        // a status change, so that the tally changes too (InquiryTally)
        jdbc.update("""
                update inquiry set version = version + 1,
                    status = case when status = 'NEW' then 'IN_PROGRESS' else 'NEW' end
                where id = (select min(id) from inquiry)""");
    }
}
