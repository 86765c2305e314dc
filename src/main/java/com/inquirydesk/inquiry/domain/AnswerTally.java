package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.SecondThread;
import com.inquirydesk.inquiry.FirstResponse;
import com.inquirydesk.inquiry.ResponseMedians;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Median times to first response without reading every answer: the database's tally of the answered inquiries per
 * month (UTC), product line, spam or not and half hour of response (migration V20), kept by a trigger and folded
 * with {@link InquiryTally}'s. The months wholly inside a span come from the tally; the days at either end, and
 * the half hours a median falls in, from the inquiries over an index. At a million inquiries a year is a few
 * tens of thousands of rows instead of half a million.
 */
@Component
class AnswerTally {

    private static final String ANSWERS = """
            select product_line_id, first_response_minutes, count(1) from inquiry
            where received_at >= :from and received_at < :to and %s and (status <> 'SPAM' or :includeSpam)
            group by product_line_id, first_response_minutes""";

    /** The answers of a span over the reporting index, which starts with the day received. */
    private static final String ANSWERS_RECEIVED = ANSWERS.formatted("first_response_minutes is not null");

    /** The answers of one half hour of response over {@code ix_inquiry_answer_minutes}, which starts with it. */
    private static final String ANSWERS_OF_HALF_HOUR =
            ANSWERS.formatted("first_response_minutes >= :firstMinute and first_response_minutes < :endMinute");

    private final JdbcClient jdbc;
    private final SecondThread secondThread;

    AnswerTally(JdbcClient jdbc, SecondThread secondThread) {
        this.jdbc = jdbc;
        this.secondThread = secondThread;
    }

    /**
     * The median times to first response of the inquiries received in {@code [from, to)}: the days before the
     * first whole month and after the last are read on two other threads while this one reads the tally (with no
     * whole month, the two halves of the span).
     */
    ResponseMedians medians(Instant from, Instant to, boolean includeSpam) {
        LocalDate firstMonth = utcMonth(from.minusNanos(1)).plusMonths(1);
        LocalDate endOfMonths = utcMonth(to);
        boolean wholeMonths = firstMonth.isBefore(endOfMonths);
        Instant middle = from.plus(Duration.between(from, to).dividedBy(2));
        Instant monthsFrom = wholeMonths ? startOf(firstMonth) : middle;
        Instant monthsTo = wholeMonths ? startOf(endOfMonths) : middle;
        var before = secondThread.supply(() -> answered(from, monthsFrom, includeSpam));
        var after = secondThread.supply(() -> answered(monthsTo, to, includeSpam));
        var answers = new Answers();
        if (wholeMonths) {
            jdbc.sql("""
                            select product_line_id, half_hour, sum(answers) from (
                                select received_month, spam, product_line_id, half_hour, answers from answer_tally
                                union all
                                select received_month, spam, product_line_id, half_hour, answers
                                from answer_tally_change) tallied
                            where received_month >= :first and received_month < :end and (not spam or :includeSpam)
                            group by product_line_id, half_hour""")
                    .param("first", firstMonth)
                    .param("end", endOfMonths)
                    .param("includeSpam", includeSpam)
                    .query((RowCallbackHandler)
                            row -> answers.addHalfHour(row.getLong(1), row.getInt(2), row.getLong(3)));
        }
        SecondThread.join(before).forEach(answers::addMinute);
        SecondThread.join(after).forEach(answers::addMinute);
        return answers.medians(halfHour -> answeredInHalfHour(halfHour, monthsFrom, monthsTo, includeSpam));
    }

    /** The answers of a span per product line and minutes, read over the reporting index. */
    private List<Answered> answered(Instant from, Instant to, boolean includeSpam) {
        return from.isBefore(to) ? read(ANSWERS_RECEIVED, from, to, includeSpam, Map.of()) : List.of();
    }

    /** The answers of a span after minutes in one half hour, per product line and minutes. */
    private List<Answered> answeredInHalfHour(int halfHour, Instant from, Instant to, boolean includeSpam) {
        return read(
                ANSWERS_OF_HALF_HOUR,
                from,
                to,
                includeSpam,
                Map.of(
                        "firstMinute",
                        AnswerHistogram.firstMinute(halfHour),
                        "endMinute",
                        AnswerHistogram.firstMinute(halfHour + 1)));
    }

    private List<Answered> read(
            String query, Instant from, Instant to, boolean includeSpam, Map<String, Integer> minutes) {
        List<Answered> answered = new ArrayList<>();
        jdbc.sql(query)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("includeSpam", includeSpam)
                .params(minutes)
                .query((RowCallbackHandler)
                        row -> answered.add(new Answered(row.getLong(1), row.getInt(2), row.getLong(3))));
        return answered;
    }

    private static LocalDate utcMonth(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfMonth(1);
    }

    private static Instant startOf(LocalDate utcDay) {
        return utcDay.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private record Answered(long productLineId, int minutes, long count) {}

    /** What reads the answers of one half hour of response, to the minute. */
    @FunctionalInterface
    private interface HalfHourReader {
        List<Answered> read(int halfHour);
    }

    /** The answers of all product lines and of each, and the half hours read to the minute so far. */
    private static final class Answers {

        private final AnswerHistogram all = new AnswerHistogram();
        private final Map<Long, AnswerHistogram> byLine = new HashMap<>();

        void addMinute(Answered answered) {
            add(
                    answered.productLineId(),
                    (histogram, count) -> histogram.addMinute(answered.minutes(), count),
                    answered.count());
        }

        void addHalfHour(long productLineId, int halfHour, long count) {
            add(productLineId, (histogram, answers) -> histogram.addHalfHour(halfHour, answers), count);
        }

        private void add(long productLineId, BiConsumer<AnswerHistogram, Long> adding, long count) {
            if (count == 0) {
                return; // the tally's row of answers since moved or deleted
            }
            adding.accept(all, count);
            adding.accept(byLine.computeIfAbsent(productLineId, line -> new AnswerHistogram()), count);
        }

        ResponseMedians medians(HalfHourReader reader) {
            Map<Integer, List<Answered>> read = new HashMap<>();
            Map<Long, Double> medians = new HashMap<>();
            byLine.forEach((line, histogram) -> medians.put(line, median(histogram, line, reader, read)));
            return new ResponseMedians(median(all, null, reader, read), medians);
        }

        /** The median of one histogram, its half hours read to the minute where the median falls. */
        private static double median(
                AnswerHistogram histogram,
                @Nullable Long productLineId,
                HalfHourReader reader,
                Map<Integer, List<Answered>> read) {
            return FirstResponse.percentileHours(50, histogram.size(), rank -> {
                for (OptionalInt vague = histogram.vagueHalfHourAt(rank);
                        vague.isPresent();
                        vague = histogram.vagueHalfHourAt(rank)) {
                    int halfHour = vague.getAsInt();
                    Map<Integer, Long> perMinute = new HashMap<>();
                    for (Answered answered : read.computeIfAbsent(halfHour, reader::read)) {
                        if (productLineId == null || answered.productLineId() == productLineId) {
                            perMinute.merge(answered.minutes(), answered.count(), Long::sum);
                        }
                    }
                    histogram.resolve(halfHour, perMinute);
                }
                return histogram.minutesAt(rank);
            });
        }
    }
}
