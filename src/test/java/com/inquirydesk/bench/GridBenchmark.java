package com.inquirydesk.bench;

import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.inquiry.triage.InquirySort;
import com.inquirydesk.inquiry.triage.PageKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures page fetches through the grid's own service over many seeded inquiries; prints the numbers and
 * writes them to {@code target/grid-benchmark.md}. Run with {@code ./mvnw verify -Pbench} (add
 * {@code -Dbench.rows=1000000} for more rows, {@code -Ppostgres} for PostgreSQL). It asserts no timing.
 */
class GridBenchmark extends SeededBenchmark {

    private static final int RUNS = 20;
    private static final List<String> results = new ArrayList<>();

    @Autowired
    GridQueries queries;

    @Test
    void page_fetches_over_many_inquiries() {
        double seedSeconds = seed();
        String database = TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)";
        results.add(
                seedSeconds == 0
                        ? "%,d inquiries seeded by the benchmark before, on %s%n".formatted(ROWS, database)
                        : "Seeded %,d inquiries in %.1f s (%,.0f rows/s) on %s%n"
                                .formatted(ROWS, seedSeconds, ROWS / seedSeconds, database));
        results.add(
                "Text index caught up %.1f s after the seeding (H2's Lucene index; PostgreSQL's is built as rows go in)%n"
                        .formatted(indexSeconds()));
        results.add("| page fetch (50 rows) | p50 | p95 |");
        results.add("| --- | --- | --- |");
        signIn("ROLE_SALES");
        long gas = jdbc.queryForObject("select id from product_line where code = 'natural-gas'", Long.class);

        InquiryFilter all = InquiryFilter.all();
        for (int offset : new int[] {0, 1_000, 100_000, 900_000}) {
            int at = Math.min(offset, ROWS - 50);
            measure("offset %,d, OFFSET query".formatted(at), () -> queries.list(all, List.of(), at, 50));
            var keys = new PageKeys();
            if (at > 0) {
                queries.list(all, List.of(), at - 50, 50, keys); // the page before, as the grid loaded it
            }
            measure(
                    "offset %,d, as the grid scrolls (seek)".formatted(at),
                    () -> queries.list(all, List.of(), at, 50, keys));
        }
        var byName = List.of(new InquiryOrder(InquirySort.NAME, false));
        var nameKeys = new PageKeys();
        int deep = Math.min(900_000, ROWS - 50);
        queries.list(all, byName, deep - 50, 50, nameKeys);
        measure("offset %,d sorted by name, seek".formatted(deep), () -> queries.list(all, byName, deep, 50, nameKeys));
        measure(
                "status NEW, first page",
                () -> queries.list(all.withStatuses(Set.of(InquiryStatus.NEW)), List.of(), 0, 50));
        measure("product line, first page", () -> queries.list(all.withProductLine(gas), List.of(), 0, 50));
        search("坩埚 (Chinese, common)", "坩埚", all);
        search("苗 (one Chinese character, common)", "苗", all);
        search("uantit (part of a word, common)", "uantit", all);
        search("王伟12345 (a Chinese name, a few matches)", "王伟12345", all);
        search("client54321@ (part of an address, 1 match)", "client54321@", all);
        search("INQ-2024-0765432 (a reference)", "INQ-2024-0765432", all);
        search("zzzqqq (no match)", "zzzqqq", all);
        search("钼靶材 (Chinese, no match)", "钼靶材", all);
        search("钼靶 (two Chinese characters, no match)", "钼靶", all);
        search("钼 (one Chinese character, no match)", "钼", all);
        search("谢请 (two characters every Chinese message has, never side by side)", "谢请", all);
        search("王伟12345 with status NEW", "王伟12345", all.withStatuses(Set.of(InquiryStatus.NEW)));
        measure("counts per status, searching 王伟12345", () -> queries.countByStatus(all.withText("王伟12345")));
        measure("counts per status (tabs), from the tally", () -> queries.countByStatus(all));
        measure(
                "counts per status, every row grouped (without the tally; information)",
                () -> jdbc.queryForList("select status, count(*) from inquiry group by status"));
    }

    @AfterAll
    static void report() throws IOException {
        BenchReport.write("grid", "Grid page fetches", results);
    }

    private void search(String name, String text, InquiryFilter filter) {
        measure("search " + name + ", first page", () -> queries.list(filter.withText(text), List.of(), 0, 50));
    }

    private void measure(String name, Supplier<?> fetch) {
        double[] millis = sortedMillis(3, RUNS, fetch::get);
        results.add("| %s | %.1f ms | %.1f ms |".formatted(name, median(millis), p95(millis)));
    }
}
