package com.inquirydesk.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.InquiryStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tally that the tabs' counts of every inquiry read (migration V18): whatever happens to the inquiries, it
 * counts what {@code group by status} counts, before its changes are folded and after.
 */
@IntegrationTest
class InquiryTallyIT {

    private static final InquiryStatus[] STATUSES = InquiryStatus.values();

    @Autowired
    InquiryTally tally;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final Random random = new Random(7);
    private int inserted;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from inquiry where reference like 'TALLY-%'");
    }

    @Test
    void counts_what_the_inquiries_hold_through_inserts_changes_and_deletes_folded_or_not() {
        for (int i = 0; i < 120; i++) {
            insert();
        }
        assertCountsAsTheInquiries();
        tally.fold();
        assertThat(jdbc.queryForObject("select count(*) from inquiry_tally_change", Long.class))
                .isZero();
        assertCountsAsTheInquiries();

        List<Long> ids =
                jdbc.queryForList("select id from inquiry where reference like 'TALLY-%' order by id", Long.class);
        for (int i = 0; i < 40; i++) {
            jdbc.update(
                    "update inquiry set status = ? where id = ?", status().name(), ids.get(random.nextInt(ids.size())));
        }
        // to another day, and back to the same status: only the first is a change of the tally
        jdbc.update("update inquiry set received_at = received_at - interval '3' day where id = ?", ids.get(0));
        jdbc.update("update inquiry set status = status, subject = 'Another subject' where id = ?", ids.get(1));
        jdbc.update("delete from inquiry where id in (?, ?, ?)", ids.get(2), ids.get(3), ids.get(4));
        assertCountsAsTheInquiries();
        tally.fold();
        assertCountsAsTheInquiries();
        tally.fold(); // nothing to fold
        assertCountsAsTheInquiries();
    }

    @Test
    void a_status_no_inquiry_has_any_more_is_not_counted_even_one_the_app_does_not_know() {
        insert();
        jdbc.update("update inquiry set status = 'BOGUS' where reference like 'TALLY-%'"); // as ExportFailureIT does
        jdbc.update("delete from inquiry where reference like 'TALLY-%'");
        assertCountsAsTheInquiries();
        tally.fold();
        assertCountsAsTheInquiries();
    }

    @Test
    void the_app_folds_the_changes_by_itself_every_fold_interval() {
        insert();
        // inquiry.tally.fold-interval: 10 s
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from inquiry_tally_change", Long.class) == 0);
        assertCountsAsTheInquiries();
    }

    @Test
    void a_fold_leaves_the_change_of_a_transaction_still_open_for_the_next_one() throws Exception {
        tally.fold();
        var inserting = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> open = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            insert();
            inserting.countDown();
            awaitQuietly(release);
        }));
        assertThat(inserting.await(10, TimeUnit.SECONDS)).isTrue();
        tally.fold();
        release.countDown();
        open.get(10, TimeUnit.SECONDS);

        assertThat(jdbc.queryForObject("select count(*) from inquiry_tally_change", Long.class))
                .isOne();
        assertCountsAsTheInquiries();
        tally.fold();
        assertCountsAsTheInquiries();
    }

    @Test
    void counts_per_line_and_status_over_any_span_as_the_inquiries_received_in_it() {
        Instant midnight = Instant.now().truncatedTo(ChronoUnit.DAYS);
        for (int i = 0; i < 150; i++) {
            insert(midnight.minus(Duration.ofMinutes(random.nextInt(5 * 24 * 60))));
        }
        tally.fold();
        for (int i = 0; i < 20; i++) {
            insert(midnight.minus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)))); // changes not yet folded
        }
        List<Instant> bounds = new ArrayList<>(List.of(
                midnight, midnight.minus(Duration.ofDays(2)), midnight.plusSeconds(1), midnight.minusNanos(1000)));
        for (int i = 0; i < 12; i++) {
            bounds.add(midnight.minus(Duration.ofMinutes(random.nextInt(6 * 24 * 60))));
        }
        for (Instant from : bounds) {
            for (Instant to : bounds) {
                if (from.isBefore(to)) {
                    assertThat(tally.countByProductLineAndStatus(from, to))
                            .as("[%s, %s)", from, to)
                            .isEqualTo(received("received_at >= ? and received_at < ?", from, to));
                }
            }
            assertThat(tally.countByProductLineAndStatus(from, null)).isEqualTo(received("received_at >= ?", from));
            assertThat(tally.countByProductLineAndStatus(null, from)).isEqualTo(received("received_at < ?", from));
        }
        assertThat(tally.countByProductLineAndStatus(null, null)).isEqualTo(received("1 = 1"));
    }

    private Map<Long, Map<InquiryStatus, Long>> received(String where, Instant... bounds) {
        Map<Long, Map<InquiryStatus, Long>> counts = new HashMap<>();
        jdbc.query(
                "select product_line_id, status, count(*) from inquiry where " + where
                        + " group by product_line_id, status",
                row -> {
                    counts.computeIfAbsent(row.getLong(1), line -> new EnumMap<>(InquiryStatus.class))
                            .put(InquiryStatus.valueOf(row.getString(2)), row.getLong(3));
                },
                Arrays.stream(bounds).map(Timestamp::from).toArray());
        return counts;
    }

    private void assertCountsAsTheInquiries() {
        Map<InquiryStatus, Long> counted = new EnumMap<>(InquiryStatus.class);
        for (InquiryStatus status : STATUSES) {
            counted.put(status, 0L);
        }
        jdbc.query("select status, count(*) from inquiry group by status", row -> {
            counted.put(InquiryStatus.valueOf(row.getString(1)), row.getLong(2));
        });
        assertThat(tally.countByStatus()).isEqualTo(counted);
        assertThat(jdbc.queryForObject("select count(*) from inquiry_tally where inquiries < 0", Long.class))
                .isZero();
    }

    private void insert() {
        // some on either side of midnight UTC, where the tally's days change
        insert(Instant.now().truncatedTo(ChronoUnit.DAYS).plusSeconds(random.nextInt(7200) - 3600));
    }

    private void insert(Instant at) {
        List<Long> lines = jdbc.queryForList("select id from product_line order by id", Long.class);
        long line = lines.get(random.nextInt(lines.size()));
        int n = inserted++;
        jdbc.update(
                """
                insert into inquiry (reference, received_at, language, contact_name, email, product_line_id, subject,
                    message, consent_version, consent_at, status, priority, source, spam, content_hash, version)
                values (?, ?, 'EN', 'Tally', 'tally@example.com', ?, 'Tally', 'Counted.', '2026-11', ?, ?, 'NORMAL',
                    'API', false, ?, 0)""",
                "TALLY-" + n + "-" + random.nextInt(1_000_000),
                Timestamp.from(at),
                line,
                Timestamp.from(at),
                status().name(),
                "tally" + n);
    }

    private InquiryStatus status() {
        return STATUSES[random.nextInt(STATUSES.length)];
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
