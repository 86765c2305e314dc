package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.Database;
import com.inquirydesk.inquiry.InquiryStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Every inquiry counted per status without reading the inquiries: the database's tally of them per day, product
 * line and status (migration V18), kept by a trigger. The trigger only inserts changes (+1, −1), so that concurrent
 * inquiries never wait on a shared counter; every {@code inquiry.tally.fold-interval} this folds the changes into
 * the tally. A count adds the tally and the changes not yet folded in one statement, so it is exact either way.
 */
@Component
public class InquiryTally {

    private static final Logger log = LoggerFactory.getLogger(InquiryTally.class);

    /** Takes the changes away and adds them to the tally in one statement, so that no change counts twice or never. */
    private static final String FOLD_POSTGRES = """
            with moved as (delete from inquiry_tally_change returning received_on, product_line_id, status, inquiries)
            insert into inquiry_tally as t (received_on, product_line_id, status, inquiries)
            select received_on, product_line_id, status, sum(inquiries) from moved
            group by received_on, product_line_id, status
            on conflict (received_on, product_line_id, status) do update set inquiries = t.inquiries + excluded.inquiries
            """;

    private static final String FOLD_H2 = """
            merge into inquiry_tally t
            using (select received_on, product_line_id, status, sum(inquiries) as inquiries
                   from old table (delete from inquiry_tally_change)
                   group by received_on, product_line_id, status) c
            on t.received_on = c.received_on and t.product_line_id = c.product_line_id and t.status = c.status
            when matched then update set inquiries = t.inquiries + c.inquiries
            when not matched then insert (received_on, product_line_id, status, inquiries)
                values (c.received_on, c.product_line_id, c.status, c.inquiries)
            """;

    /** The same for the answers' tally ({@link AnswerTally}). */
    private static final String FOLD_ANSWERS_POSTGRES = """
            with moved as (delete from answer_tally_change
                           returning received_month, spam, product_line_id, half_hour, answers)
            insert into answer_tally as t (received_month, spam, product_line_id, half_hour, answers)
            select received_month, spam, product_line_id, half_hour, sum(answers) from moved
            group by received_month, spam, product_line_id, half_hour
            on conflict (received_month, spam, product_line_id, half_hour)
            do update set answers = t.answers + excluded.answers
            """;

    private static final String FOLD_ANSWERS_H2 = """
            merge into answer_tally t
            using (select received_month, spam, product_line_id, half_hour, sum(answers) as answers
                   from old table (delete from answer_tally_change)
                   group by received_month, spam, product_line_id, half_hour) c
            on t.received_month = c.received_month and t.spam = c.spam and t.product_line_id = c.product_line_id
                and t.half_hour = c.half_hour
            when matched then update set answers = t.answers + c.answers
            when not matched then insert (received_month, spam, product_line_id, half_hour, answers)
                values (c.received_month, c.spam, c.product_line_id, c.half_hour, c.answers)
            """;

    /** Bounds for the days when a count has none; dates every database takes. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final Instant FAR_FUTURE = startOf(LATEST);

    private final JdbcClient jdbc;
    private final List<String> folds;
    private final TaskScheduler scheduler;
    private final Duration foldInterval;

    InquiryTally(
            JdbcClient jdbc,
            Database database,
            TaskScheduler scheduler,
            @Value("${inquiry.tally.fold-interval:10s}") Duration foldInterval) {
        this.jdbc = jdbc;
        this.folds = database == Database.POSTGRESQL
                ? List.of(FOLD_POSTGRES, FOLD_ANSWERS_POSTGRES)
                : List.of(FOLD_H2, FOLD_ANSWERS_H2);
        this.scheduler = scheduler;
        this.foldInterval = foldInterval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::foldLogged, foldInterval);
    }

    /** Every inquiry per status, zero for a status none has. */
    public Map<InquiryStatus, Long> countByStatus() {
        Map<InquiryStatus, Long> counts = new EnumMap<>(InquiryStatus.class);
        for (InquiryStatus status : InquiryStatus.values()) {
            counts.put(status, 0L);
        }
        countByProductLineAndStatus(null, null)
                .values()
                .forEach(line -> line.forEach((status, count) -> counts.merge(status, count, Long::sum)));
        return counts;
    }

    /**
     * The inquiries received in {@code [from, to)} (null: no bound), counted per product line and status: the
     * tally for the days (UTC) wholly inside, the inquiries themselves for the hours at either end. At a million
     * inquiries a year is a few thousand of the tally's rows and two days' inquiries, not half a million rows.
     */
    public Map<Long, Map<InquiryStatus, Long>> countByProductLineAndStatus(
            @Nullable Instant from, @Nullable Instant to) {
        Map<Long, Map<InquiryStatus, Long>> counts = new HashMap<>();
        LocalDate firstWholeDay =
                from == null ? LocalDate.MIN : utcDay(from.minusNanos(1)).plusDays(1);
        LocalDate endOfWholeDays = to == null ? LocalDate.MAX : utcDay(to);
        if (!firstWholeDay.isBefore(endOfWholeDays)) {
            countReceived(from, to, counts); // no whole day inside
            return counts;
        }
        jdbc.sql("""
                        select product_line_id, status, sum(inquiries) from (
                            select received_on, product_line_id, status, inquiries from inquiry_tally
                            union all
                            select received_on, product_line_id, status, inquiries from inquiry_tally_change) counted
                        where received_on >= :first and received_on < :end
                        group by product_line_id, status""")
                .param("first", firstWholeDay.equals(LocalDate.MIN) ? EARLIEST : firstWholeDay)
                .param("end", endOfWholeDays.equals(LocalDate.MAX) ? LATEST : endOfWholeDays)
                .query((RowCallbackHandler) row -> add(counts, row));
        if (from != null && from.isBefore(startOf(firstWholeDay))) {
            countReceived(from, startOf(firstWholeDay), counts);
        }
        if (to != null && startOf(endOfWholeDays).isBefore(to)) {
            countReceived(startOf(endOfWholeDays), to, counts);
        }
        return counts;
    }

    /** Adds the inquiries received in {@code [from, to)}, read from the inquiries (over the reporting index). */
    private void countReceived(
            @Nullable Instant from, @Nullable Instant to, Map<Long, Map<InquiryStatus, Long>> counts) {
        jdbc.sql("""
                        select product_line_id, status, count(1) from inquiry
                        where received_at >= :from and received_at < :to
                        group by product_line_id, status""")
                .param("from", OffsetDateTime.ofInstant(from == null ? Instant.EPOCH : from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to == null ? FAR_FUTURE : to, ZoneOffset.UTC))
                .query((RowCallbackHandler) row -> add(counts, row));
    }

    private static void add(Map<Long, Map<InquiryStatus, Long>> counts, ResultSet row) throws SQLException {
        if (row.getLong(3) == 0) {
            return; // the tally's row of inquiries since moved or deleted
        }
        counts.computeIfAbsent(row.getLong(1), line -> new EnumMap<>(InquiryStatus.class))
                .merge(InquiryStatus.valueOf(row.getString(2)), row.getLong(3), Long::sum);
    }

    private static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant startOf(LocalDate utcDay) {
        return utcDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Adds the changes noted since the last time to the tally and to the answers' tally ({@link AnswerTally});
     * returns the rows it changed. One fold at a time: two of H2's {@code merge}s at once could both find a day's
     * row missing and both insert it (PostgreSQL's {@code on conflict} would wait instead).
     */
    public synchronized int fold() {
        return folds.stream().mapToInt(fold -> jdbc.sql(fold).update()).sum();
    }

    private void foldLogged() {
        try {
            fold();
        } catch (RuntimeException failed) {
            log.warn("Could not fold the inquiries' tally changes; counts stay exact and it tries again", failed);
        }
    }
}
