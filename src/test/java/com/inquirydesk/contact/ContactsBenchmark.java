package com.inquirydesk.contact;

import static org.awaitility.Awaitility.await;

import com.inquirydesk.TestProfiles;
import com.inquirydesk.bench.BenchReport;
import com.inquirydesk.bench.SeededBenchmark;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures the contacts grid's pages through its own service over {@code -Dbench.rows} seeded contacts (a fifth
 * on company domains, grouped into 2,000 organisations; half with Chinese names); prints the numbers and writes
 * them to {@code target/contacts-benchmark.md}. Run with {@code ./mvnw verify -Pbench -Dit.test=ContactsBenchmark}.
 * It asserts no timing.
 */
class ContactsBenchmark extends SeededBenchmark {

    private static final int RUNS = 20;
    private static final List<String> results = new ArrayList<>();

    @Autowired
    Contacts contacts;

    @Autowired
    ContactTextIndex textIndex;

    @Test
    void contact_pages_over_many_contacts() {
        double seedSeconds = seedContacts();
        long indexing = System.nanoTime();
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofMinutes(30))
                .until(() -> textIndex.waiting() == 0);
        double indexSeconds = (System.nanoTime() - indexing) / 1e9;
        results.add(
                TestProfiles.onPostgres()
                        ? "Seeded %,d contacts in %.1f s on PostgreSQL (which indexes the text as it inserts)%n"
                                .formatted(ROWS, seedSeconds)
                        : "Seeded %,d contacts in %.1f s on H2 (file); the text index had %.1f s more to catch up%n"
                                .formatted(ROWS, seedSeconds, indexSeconds));
        results.add("| contacts page (50 rows) | p50 | p95 |");
        results.add("| --- | --- | --- |");
        signIn("ROLE_SALES");
        ContactFilter all = ContactFilter.ALL;
        for (int offset : new int[] {0, 1_000, 100_000, 900_000}) {
            int at = Math.max(0, Math.min(offset, ROWS - 50));
            measure("offset %,d, OFFSET query".formatted(at), () -> contacts.page(all, at, 50));
            var keys = new ContactPageKeys();
            if (at > 0) {
                contacts.page(all, at - 50, 50, keys); // the page before, as the grid loaded it
            }
            measure("offset %,d, as the grid scrolls (seek)".formatted(at), () -> contacts.page(all, at, 50, keys));
        }
        Long organisation =
                jdbc.queryForObject("select min(id) from organisation where domain like 'bench-%'", Long.class);
        long line = jdbc.queryForObject("select id from product_line where code = 'ceramics'", Long.class);
        measure("search a Chinese name, first page", () -> contacts.page(filter("李娜", null, null, null), 0, 50));
        measure(
                "search an address part, first page",
                () -> contacts.page(filter("bench-4242", null, null, null), 0, 50));
        measure("search with no match", () -> contacts.page(filter("zzzqqq", null, null, null), 0, 50));
        measure("search two characters with no match", () -> contacts.page(filter("龘炉", null, null, null), 0, 50));
        measure(
                "search an organisation's name, first page",
                () -> contacts.page(filter("bench works 1234", null, null, null), 0, 50));
        measure("country DE, first page", () -> contacts.page(filter(null, "DE", null, null), 0, 50));
        measure("organisation, first page", () -> contacts.page(filter(null, null, organisation, null), 0, 50));
        measure("product line asked about, first page", () -> contacts.page(filter(null, null, null, line), 0, 50));
    }

    @AfterAll
    static void report() throws IOException {
        BenchReport.write("contacts", "Contacts grid pages", results);
    }

    private static ContactFilter filter(String text, String country, Long organisation, Long line) {
        return new ContactFilter(text, country, organisation, line, null);
    }

    /**
     * Times a fetch as {@link #sortedMillis} does, each run after one contact has changed: H2's query cache
     * answers a query from its last result until a table it reads changes.
     */
    private void measure(String name, Supplier<?> fetch) {
        for (int i = 0; i < 3; i++) {
            fetch.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            jdbc.update("update contact set version = version + 1 where id = (select min(id) from contact)");
            long start = System.nanoTime();
            fetch.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        results.add("| %s | %.1f ms | %.1f ms |".formatted(name, median(millis), p95(millis)));
    }

    /** Inserts the contacts, their organisations and interests unless they are there; returns the seconds. */
    private double seedContacts() {
        Long present = jdbc.queryForObject("select count(*) from contact where email like 'bench-%'", Long.class);
        if (present != null && present >= ROWS) {
            return 0;
        }
        long start = System.nanoTime();
        Instant now = Instant.now();
        List<Object[]> organisations = new ArrayList<>();
        for (int o = 0; o < 2_000; o++) {
            organisations.add(new Object[] {"bench-" + o + ".example.com", "Bench Works " + o, Timestamp.from(now)});
        }
        jdbc.batchUpdate(
                "insert into organisation (domain, name, created_at, version) values (?, ?, ?, 0)", organisations);
        long firstOrganisation =
                jdbc.queryForObject("select min(id) from organisation where domain like 'bench-%'", Long.class);
        long[] lines = jdbc.queryForList("select id from product_line", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
        String[] countries = {"CN", "CN", "CN", "DE", "US", "GB", "IN", "IT", "JP", "KR"};
        String[] surnames = {"李", "王", "张", "刘", "陈", "杨", "赵", "黄"};
        String[] given = {"娜", "伟", "芳", "敏", "静", "磊", "洋", "勇"};
        int batch = 5_000;
        for (int from = 0; from < ROWS; from += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = from; i < Math.min(ROWS, from + batch); i++) {
                boolean company = i % 5 == 0;
                boolean chinese = i % 2 == 0;
                Timestamp at = Timestamp.from(now.minus(Duration.ofMinutes(i)));
                rows.add(new Object[] {
                    company ? "bench-" + i + "@bench-" + (i % 2_000) + ".example.com" : "bench-" + i + "@163.com",
                    chinese ? surnames[i % 8] + given[(i / 8) % 8] + i : "Client " + i,
                    company ? "Bench Works " + (i % 2_000) : null,
                    countries[i % countries.length],
                    chinese ? "ZH" : "EN",
                    company ? firstOrganisation + (i % 2_000) : null,
                    at,
                    at
                });
            }
            jdbc.batchUpdate("""
                    insert into contact (email, name, company, country, language, organisation_id,
                        first_contact_at, last_contact_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        }
        jdbc.update("""
                insert into contact_interest (contact_id, product_line_id)
                select id, ? from contact where email like 'bench-%' and mod(id, 3) = 0""", lines[0]);
        if (TestProfiles.onPostgres()) {
            jdbc.execute("vacuum analyze contact");
            jdbc.execute("vacuum analyze contact_interest");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
