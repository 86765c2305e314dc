package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.SecondThread;
import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.staff.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard's figures: counts for today, this week and now, and per line, status and month.
 *
 * <p>The figures are independent aggregates. The counts come from the database's tally of inquiries per day
 * ({@code InquiryTally}); the times to first response are read from the inquiries over an index, half the range on
 * each of two other threads while this one reads the counts, so that both cores work on the one large read. Each
 * query is its own read-only transaction, as the dashboard needs no single snapshot of all of them.
 */
@Service
@Secured(Role.MANAGER_AUTHORITY)
class DashboardService {

    private final InquiryFacts facts;
    private final CompanyZone zone;
    private final Clock clock;
    private final SecondThread secondThread;

    DashboardService(InquiryFacts facts, CompanyZone zone, Clock clock, SecondThread secondThread) {
        this.facts = facts;
        this.zone = zone;
        this.clock = clock;
        this.secondThread = secondThread;
    }

    /**
     * The figures of the range's inquiries; today's, this week's and the open and overdue counts are of all days,
     * spam left out as the range says.
     */
    DashboardFigures figures(DashboardRange range) {
        Instant start = range.from().atStartOfDay(zone.zone()).toInstant();
        Instant end = range.to().plusDays(1).atStartOfDay(zone.zone()).toInstant();
        Set<InquiryStatus> counted = range.statuses();
        // the answers are the one figure read from the inquiries themselves: half the range on each core
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
        var earlierAnswers = secondThread.supply(() -> facts.countResponsesByMinute(start, middle, counted));
        var laterAnswers = secondThread.supply(() -> facts.countResponsesByMinute(middle, end, counted));

        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        InquiryFilter all = range.anyDay();
        long newToday = facts.count(all.withReceived(today, today));
        long newThisWeek = facts.count(all.withReceived(monday, today));
        long open = facts.count(
                all.withStatuses(EnumSet.of(InquiryStatus.NEW, InquiryStatus.IN_PROGRESS, InquiryStatus.QUOTED)));
        long overdue = facts.count(all.withOverdueOnly(true));

        Map<Long, Long> byLine = new HashMap<>();
        Map<InquiryStatus, Long> byStatus = new EnumMap<>(InquiryStatus.class);
        facts.countByProductLineAndStatus(start, end)
                .forEach((line, statuses) -> statuses.forEach((status, count) -> {
                    if (counted.contains(status)) {
                        byLine.merge(line, count, Long::sum);
                        byStatus.merge(status, count, Long::sum);
                    }
                }));
        Map<YearMonth, Long> byMonth = countByMonth(range);
        var responses = medianResponseHours(SecondThread.join(earlierAnswers), SecondThread.join(laterAnswers));
        return new DashboardFigures(
                newToday,
                newThisWeek,
                open,
                overdue,
                responses.overall(),
                byLine,
                byStatus,
                byMonth,
                responses.byProductLine());
    }

    /** The median hours to first response over all product lines (NaN for none) and per line with answers. */
    @SafeVarargs
    private static ResponseMedians medianResponseHours(List<InquiryFacts.ResponseCount>... parts) {
        var all = new ResponseHours();
        Map<Long, ResponseHours> byLine = new HashMap<>();
        for (var part : parts) {
            for (var answers : part) {
                all.add(answers.minutes(), answers.count());
                byLine.computeIfAbsent(answers.productLineId(), line -> new ResponseHours())
                        .add(answers.minutes(), answers.count());
            }
        }
        Map<Long, Double> medians = new HashMap<>();
        byLine.forEach((line, hours) -> medians.put(line, hours.percentile(50)));
        return new ResponseMedians(all.percentile(50), medians);
    }

    private record ResponseMedians(double overall, Map<Long, Double> byProductLine) {}

    private Map<YearMonth, Long> countByMonth(DashboardRange range) {
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        YearMonth last = YearMonth.from(range.to());
        for (YearMonth month = YearMonth.from(range.from()); !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month, facts.count(range.filter(month)));
        }
        return byMonth;
    }
}
