package com.inquirydesk.bench;

import com.inquirydesk.HeapPeak;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Times the app's CSV export of every seeded inquiry beside the database's own CSV
 * writer on the same rows in the same order: H2's {@code CSVWRITE} or PostgreSQL's {@code COPY … TO STDOUT}.
 * Each is timed as the median of three runs; the app's first export after its start (code not compiled yet) is
 * shown apart. Then exports again with a full garbage collection every 250 ms, for the heap the export holds on
 * to (the timed run's peak includes garbage not collected yet). Prints the figures and writes them to {@code target/export-benchmark.md}; asserts nothing.
 */
class ExportBenchmark extends SeededBenchmark {

    private static final String SAME_ROWS = """
            select reference, received_at, status, priority, product_line_id, language, contact_name, company,
                email, phone, country, subject, message, assignee_id, first_response_at, closed_at, spam, source
            from inquiry order by received_at desc, id desc""";

    private static final int RUNS = 3;

    @Autowired
    DataSource dataSource;

    @Autowired
    InquiryCsvExport export;

    @Test
    void export_every_inquiry_beside_the_databases_own_csv_writer() throws Exception {
        double seedSeconds = seed();
        signIn("ROLE_MANAGER", "ROLE_SALES");

        var appBytes = new CountingStream();
        long start = System.nanoTime();
        double firstSeconds;
        long before;
        long peak;
        long peakAfterGc;
        try (var heap = HeapPeak.start()) { // the first export since the start: code not compiled yet
            export.write(InquiryFilter.all(), List.of(), Language.EN, appBytes);
            firstSeconds = (System.nanoTime() - start) / 1e9;
            before = heap.beforeMegabytes();
            peak = heap.peakMegabytes();
        }
        double appSeconds =
                medianSeconds(() -> export.write(InquiryFilter.all(), List.of(), Language.EN, new CountingStream()));
        try (var heap = HeapPeak.live(250)) { // again, for what it holds on to
            export.write(InquiryFilter.all(), List.of(), Language.EN, new CountingStream());
            peakAfterGc = heap.peakMegabytes();
        }

        // the floor of any export through JDBC: every value of the same rows read, nothing written
        double readSeconds = medianSeconds(this::readEveryValue);

        var databaseBytes = new CountingStream();
        String databaseWriter =
                TestProfiles.onPostgres() ? "PostgreSQL COPY ... TO STDOUT (FORMAT csv)" : "H2 CSVWRITE";
        double databaseSeconds = medianSeconds(() -> databaseWriter(databaseBytes));

        String report = """
                # CSV export of every inquiry

                %d cores, %d MB max heap, Java %s, %s; %,d rows seeded in %.1f s. Times are the median of %d runs \
                after the first; the app's first export after its start is shown apart.

                | writer | time | rows/s | bytes | heap |
                | --- | --- | --- | --- | --- |
                | the app's export (streamed) | %.1f s | %,.0f | %,d MB | %,d MB before; %,d MB live at most (growth %,d MB); %,d MB with garbage |
                | the app's first export after its start | %.1f s | %,.0f | | |
                | %s | %.1f s | %,.0f | %,d MB | (in the database) |
                | plain JDBC, every value read and nothing written | %.1f s | %,.0f | | |

                App time / database time: %.2f (first export: %.2f)
                """.formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.version(),
                        TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)",
                        ROWS,
                        seedSeconds,
                        RUNS,
                        appSeconds,
                        ROWS / appSeconds,
                        appBytes.count.get() >> 20,
                        before,
                        peakAfterGc,
                        peakAfterGc - before,
                        peak,
                        firstSeconds,
                        ROWS / firstSeconds,
                        databaseWriter,
                        databaseSeconds,
                        ROWS / databaseSeconds,
                        databaseBytes.count.get() >> 20,
                        readSeconds,
                        ROWS / readSeconds,
                        appSeconds / databaseSeconds,
                        firstSeconds / databaseSeconds);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/export-benchmark.md"), report);
    }

    private void readEveryValue() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lazyOnH2(connection, true); // as the app reads: rows computed as they are fetched
            try (var statement = connection.prepareStatement(SAME_ROWS)) {
                statement.setFetchSize(500);
                try (var rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    long values = 0;
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            values += rows.getObject(column) == null ? 0 : 1;
                        }
                    }
                    System.out.printf("Read %,d values%n", values);
                }
            }
            connection.commit();
            lazyOnH2(connection, false);
        }
    }

    private static void lazyOnH2(Connection connection, boolean lazy) throws SQLException {
        if (!TestProfiles.onPostgres()) {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
            }
        }
    }

    /** The database's own CSV of the same rows; counts its bytes into {@code bytes}. */
    private void databaseWriter(CountingStream bytes) throws Exception {
        bytes.count.set(0);
        if (TestProfiles.onPostgres()) {
            try (Connection connection = dataSource.getConnection()) {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut("COPY (" + SAME_ROWS + ") TO STDOUT (FORMAT csv, HEADER)", bytes);
            }
        } else {
            Path file = Files.createTempFile("csvwrite", ".csv");
            jdbc.execute("CALL CSVWRITE('" + file + "', '" + SAME_ROWS.replace("'", "''") + "', 'charset=UTF-8')");
            bytes.count.set(Files.size(file));
            Files.delete(file);
        }
    }

    /** The median time of {@value #RUNS} runs, in seconds. */
    private double medianSeconds(Work work) {
        return median(sortedMillis(0, RUNS, work)) / 1000;
    }

    /** Discards what it is given and counts the bytes. */
    private static final class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            count.addAndGet(length);
        }
    }
}
