package com.inquirydesk.bench;

import com.inquirydesk.HeapPeak;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryExport;
import com.inquirydesk.inquiry.InquiryFilter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Times the app's CSV export of every seeded inquiry beside the database's own CSV
 * writer on the same rows in the same order: H2's {@code CSVWRITE} or PostgreSQL's {@code COPY … TO STDOUT}.
 * Then exports again with a full garbage collection every 250 ms, for the heap the export holds on to (the
 * timed run's peak includes garbage not collected yet). Prints the figures and writes them to {@code target/export-benchmark.md}; asserts nothing.
 */
class ExportBenchmark extends SeededBenchmark {

    private static final String SAME_ROWS = """
            select reference, received_at, status, priority, product_line_id, language, contact_name, company,
                email, phone, country, subject, message, assignee_id, first_response_at, closed_at, spam, source
            from inquiry order by received_at desc, id desc""";

    @Autowired
    DataSource dataSource;

    @Autowired
    InquiryExport export;

    @Test
    void export_every_inquiry_beside_the_databases_own_csv_writer() throws Exception {
        double seedSeconds = seed();
        signIn("ROLE_MANAGER", "ROLE_SALES");

        var appBytes = new CountingStream();
        long start = System.nanoTime();
        double appSeconds;
        long before;
        long peak;
        long peakAfterGc;
        try (var heap = HeapPeak.start()) {
            export.write(InquiryFilter.all(), List.of(), Language.EN, appBytes);
            appSeconds = (System.nanoTime() - start) / 1e9;
            before = heap.beforeMegabytes();
            peak = heap.peakMegabytes();
        }
        try (var heap = HeapPeak.live(250)) { // again, for what it holds on to
            export.write(InquiryFilter.all(), List.of(), Language.EN, new CountingStream());
            peakAfterGc = heap.peakMegabytes();
        }

        // the floor of any export through JDBC: every value of the same rows read, nothing written
        start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
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
        }
        double readSeconds = (System.nanoTime() - start) / 1e9;

        var databaseBytes = new CountingStream();
        start = System.nanoTime();
        String databaseWriter;
        if (TestProfiles.onPostgres()) {
            databaseWriter = "PostgreSQL COPY ... TO STDOUT (FORMAT csv)";
            try (Connection connection = dataSource.getConnection()) {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut("COPY (" + SAME_ROWS + ") TO STDOUT (FORMAT csv, HEADER)", databaseBytes);
            }
        } else {
            databaseWriter = "H2 CSVWRITE";
            Path file = Files.createTempFile("csvwrite", ".csv");
            jdbc.execute("CALL CSVWRITE('" + file + "', '" + SAME_ROWS.replace("'", "''") + "', 'charset=UTF-8')");
            databaseBytes.count.set(Files.size(file));
            Files.delete(file);
        }
        double databaseSeconds = (System.nanoTime() - start) / 1e9;

        String report = """
                # CSV export of every inquiry

                %d cores, %d MB max heap, Java %s, %s; %,d rows seeded in %.1f s

                | writer | time | rows/s | bytes | heap |
                | --- | --- | --- | --- | --- |
                | the app's export (streamed) | %.1f s | %,.0f | %,d MB | %,d MB before; %,d MB live at most (growth %,d MB); %,d MB with garbage |
                | %s | %.1f s | %,.0f | %,d MB | (in the database) |
                | plain JDBC, every value read and nothing written | %.1f s | %,.0f | | |

                App time / database time: %.2f
                """.formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.version(),
                        TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)",
                        ROWS,
                        seedSeconds,
                        appSeconds,
                        ROWS / appSeconds,
                        appBytes.count.get() >> 20,
                        before,
                        peakAfterGc,
                        peakAfterGc - before,
                        peak,
                        databaseWriter,
                        databaseSeconds,
                        ROWS / databaseSeconds,
                        databaseBytes.count.get() >> 20,
                        readSeconds,
                        ROWS / readSeconds,
                        appSeconds / databaseSeconds);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/export-benchmark.md"), report);
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
