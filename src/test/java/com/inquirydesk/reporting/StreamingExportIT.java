package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.FileDatabase;
import com.inquirydesk.HeapPeak;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Proves that the export streams: this test runs in its own JVM with a 256 MB heap (see the pom), and
 * exports 200,000 inquiries whose CSV is larger than that heap. Collecting the rows or the file anywhere
 * would run out of memory; it also prints the peak heap it saw. And when the client goes away early, the
 * reading stops and gives its connection back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingExportIT {

    private static final int ROWS = 200_000;
    private static final String MESSAGE = "请报价氧化铝坩埚，数量见附件说明。Please quote alumina crucibles. ".repeat(22);

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) throws IOException {
        FileDatabase.register(registry, "stream");
    }

    /** The strategy this context's method security reads; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InquiryCsvExport export;

    @Autowired
    DataSource dataSource;

    @AfterAll
    void cleanUp() {
        if (TestProfiles.onPostgres()) {
            jdbc.update("delete from inquiry where reference like 'INQ-2023-%'");
        }
    }

    @BeforeEach
    void seeded() {
        if (jdbc.queryForObject("select count(*) from inquiry where reference like 'INQ-2023-%'", Long.class) < ROWS) {
            seed();
        }
    }

    private void signIn() {
        securityContexts.setContext(
                new SecurityContextImpl(new TestingAuthenticationToken("manager", null, "ROLE_MANAGER", "ROLE_SALES")));
    }

    @Test
    void exports_more_than_the_heap_holds_without_running_out_of_memory() throws Exception {
        signIn();
        long maxHeap = Runtime.getRuntime().maxMemory();
        var bytes = new AtomicLong();
        var lines = new AtomicLong();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                count(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) {
                count(buffer, offset, length);
            }

            private void count(byte[] buffer, int offset, int length) {
                bytes.addAndGet(length);
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        lines.incrementAndGet();
                    }
                }
            }
        };
        long start = System.nanoTime();
        try (var heap = HeapPeak.start()) {
            export.write(InquiryFilter.all().withText("INQ-2023-"), List.of(), Language.ZH, counting);
            System.out.printf(
                    "Exported %,d rows, %,d MB in %.1f s; max heap %,d MB, used before %,d MB, peak %,d MB%n",
                    ROWS,
                    bytes.get() >> 20,
                    (System.nanoTime() - start) / 1e9,
                    maxHeap >> 20,
                    heap.beforeMegabytes(),
                    heap.peakMegabytes());
        }
        assertThat(lines.get()).isGreaterThanOrEqualTo(ROWS + 1);
        assertThat(bytes.get())
                .as("the file must be larger than the heap for this test to prove anything")
                .isGreaterThan(maxHeap);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_client_that_goes_away_stops_the_query_and_frees_its_connection() {
        signIn(); // on the timeout's thread
        OutputStream goesAway = new OutputStream() {
            long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                written += length;
                if (written > 1 << 20) {
                    throw new IOException("the client went away");
                }
            }
        };

        assertThatThrownBy(
                        () -> export.write(InquiryFilter.all().withText("INQ-2023-"), List.of(), Language.ZH, goesAway))
                .hasRootCauseMessage("the client went away");
        // the rows were read on another thread, far ahead of the first megabyte: that thread has stopped too
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getActiveConnections() == 0);
    }

    private void seed() {
        long line = jdbc.queryForObject("select id from product_line where code = 'ceramics'", Long.class);
        String sql = """
                insert into inquiry (reference, received_at, language, contact_name, company, email, country,
                    product_line_id, subject, message, consent_version, consent_at, status, priority, source, spam,
                    content_hash, version)
                values (?, ?, 'ZH', ?, '宜昌贸易有限公司', ?, 'CN', ?, '氧化铝坩埚询价', ?, '2026-11', ?, 'NEW', 'NORMAL',
                    'API', false, 'x', 0)""";
        Timestamp at = Timestamp.from(Instant.parse("2023-06-01T00:00:00Z"));
        for (int from = 0; from < ROWS; from += 2_000) {
            List<Object[]> rows = new ArrayList<>(2_000);
            for (int i = from; i < from + 2_000; i++) {
                rows.add(new Object[] {
                    "INQ-2023-%07d".formatted(i), at, "王伟" + i, "c" + i + "@example.com", line, MESSAGE + i, at
                });
            }
            jdbc.batchUpdate(sql, rows);
        }
    }
}
