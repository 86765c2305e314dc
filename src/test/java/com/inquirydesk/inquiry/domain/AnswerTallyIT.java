package com.inquirydesk.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.FirstResponse;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.ResponseMedians;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The median times to first response that the dashboard shows, read from the answers' tally (migration V20) for
 * whole months and from the inquiries for the rest: whatever happens to the inquiries and whatever the span, they
 * are the medians of every answer read one by one, before the tally's changes are folded and after.
 */
@IntegrationTest
class AnswerTallyIT {

    /** A UTC month start, long before the rows other tests write. */
    private static final Instant MARCH = Instant.parse("2019-03-01T00:00:00Z");

    private static final InquiryStatus[] ANSWERED = {
        InquiryStatus.IN_PROGRESS, InquiryStatus.QUOTED, InquiryStatus.WON, InquiryStatus.SPAM
    };

    @Autowired
    AnswerTally answers;

    @Autowired
    InquiryTally tally;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(11);
    private int inserted;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from inquiry where reference like 'ANSWER-%'");
        tally.fold();
    }

    @Test
    void medians_over_any_span_are_those_of_every_answer_read_one_by_one_folded_or_not() {
        for (int i = 0; i < 600; i++) {
            insert(MARCH.plus(Duration.ofMinutes(random.nextInt(130 * 24 * 60))));
        }
        tally.fold();
        for (int i = 0; i < 60; i++) {
            insert(MARCH.plus(Duration.ofMinutes(random.nextInt(130 * 24 * 60)))); // changes not yet folded
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from answer_tally where received_month >= ?",
                        Long.class,
                        java.sql.Date.valueOf("2019-03-01")))
                .as("whole months are read from the tally")
                .isGreaterThan(20);
        assertMediansAsEveryAnswer();
    }

    @Test
    void medians_follow_answers_moved_to_another_minute_month_line_or_into_spam_and_deleted() {
        for (int i = 0; i < 400; i++) {
            insert(MARCH.plus(Duration.ofMinutes(random.nextInt(100 * 24 * 60))));
        }
        tally.fold();
        List<Long> ids =
                jdbc.queryForList("select id from inquiry where reference like 'ANSWER-%' order by id", Long.class);
        List<Long> lines = jdbc.queryForList("select id from product_line order by id", Long.class);
        for (int i = 0; i < 30; i++) {
            jdbc.update("update inquiry set first_response_minutes = ? where id = ?", minutes(), pick(ids));
            jdbc.update("update inquiry set status = ? where id = ?", status().name(), pick(ids));
            jdbc.update("update inquiry set product_line_id = ? where id = ?", pick(lines), pick(ids));
        }
        jdbc.update("update inquiry set received_at = received_at + interval '40' day where id = ?", ids.get(0));
        jdbc.update("update inquiry set first_response_minutes = null, status = 'NEW' where id = ?", ids.get(1));
        jdbc.update("update inquiry set subject = 'Another subject' where id = ?", ids.get(2));
        jdbc.update("delete from inquiry where id in (?, ?, ?)", ids.get(3), ids.get(4), ids.get(5));
        assertMediansAsEveryAnswer();
        tally.fold();
        assertMediansAsEveryAnswer();
        assertThat(jdbc.queryForObject("select count(*) from answer_tally where answers < 0", Long.class))
                .isZero();
    }

    @Test
    void a_span_without_answers_has_no_median() {
        Instant from = MARCH.minus(Duration.ofDays(400));
        assertThat(answers.medians(from, from.plus(Duration.ofDays(100)), true))
                .isEqualTo(new ResponseMedians(Double.NaN, Map.of()));
    }

    private void assertMediansAsEveryAnswer() {
        List<Instant> bounds = new ArrayList<>(List.of(
                MARCH,
                MARCH.minusSeconds(1),
                Instant.parse("2019-04-01T00:00:00Z"),
                Instant.parse("2019-05-01T00:00:00Z"),
                Instant.parse("2019-06-01T00:00:00Z"),
                Instant.parse("2019-06-01T00:00:00.000001Z"),
                Instant.parse("2019-08-01T00:00:00Z")));
        for (int i = 0; i < 6; i++) {
            bounds.add(MARCH.plus(Duration.ofMinutes(random.nextInt(140 * 24 * 60))));
        }
        for (Instant from : bounds) {
            for (Instant to : bounds) {
                if (from.isBefore(to)) {
                    for (boolean includeSpam : new boolean[] {false, true}) {
                        assertThat(answers.medians(from, to, includeSpam))
                                .as("[%s, %s), spam %s", from, to, includeSpam)
                                .isEqualTo(everyAnswer(from, to, includeSpam));
                    }
                }
            }
        }
    }

    /** The medians from every answer in the span, read one by one and sorted here. */
    private ResponseMedians everyAnswer(Instant from, Instant to, boolean includeSpam) {
        List<Integer> all = new ArrayList<>();
        Map<Long, List<Integer>> byLine = new HashMap<>();
        jdbc.query(
                """
                select product_line_id, first_response_minutes from inquiry
                where received_at >= ? and received_at < ? and first_response_minutes is not null
                    and (status <> 'SPAM' or ?)""",
                row -> {
                    all.add(row.getInt(2));
                    byLine.computeIfAbsent(row.getLong(1), line -> new ArrayList<>())
                            .add(row.getInt(2));
                },
                Timestamp.from(from),
                Timestamp.from(to),
                includeSpam);
        Map<Long, Double> medians = new HashMap<>();
        byLine.forEach((line, minutes) -> medians.put(line, median(minutes)));
        return new ResponseMedians(median(all), medians);
    }

    private static double median(List<Integer> minutes) {
        List<Integer> sorted = minutes.stream().sorted().toList();
        return FirstResponse.percentileHours(50, sorted.size(), rank -> sorted.get(Math.toIntExact(rank)));
    }

    private void insert(Instant at) {
        List<Long> lines = jdbc.queryForList("select id from product_line order by id", Long.class);
        boolean answered = random.nextInt(5) > 0;
        int n = inserted++;
        jdbc.update(
                """
                insert into inquiry (reference, received_at, language, contact_name, email, product_line_id, subject,
                    message, consent_version, consent_at, status, priority, source, spam, content_hash, version,
                    first_response_at, first_response_minutes)
                values (?, ?, 'EN', 'Answer', 'answer@example.com', ?, 'Answer', 'Timed.', '2026-11', ?, ?, 'NORMAL',
                    'API', false, ?, 0, ?, ?)""",
                "ANSWER-" + n + "-" + random.nextInt(1_000_000),
                Timestamp.from(at),
                pick(lines),
                Timestamp.from(at),
                answered ? status().name() : InquiryStatus.NEW.name(),
                "answer" + n,
                answered ? Timestamp.from(at.plus(Duration.ofHours(1))) : null,
                answered ? minutes() : null);
    }

    /** Minutes over a few hours, so that half hours hold many answers and several minutes each. */
    private int minutes() {
        return random.nextInt(6 * 60);
    }

    private InquiryStatus status() {
        return ANSWERED[random.nextInt(ANSWERED.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
