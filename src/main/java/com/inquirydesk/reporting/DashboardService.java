package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.SecondThread;
import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.ResponseMedians;
import com.inquirydesk.staff.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard's figures: counts for today, this week and now, and per line, status and month.
 *
 * <p>The figures are independent aggregates. The counts come from the database's tally of inquiries per day
 * ({@code InquiryTally}); the median times to first response from its tally of answers per month and half hour
 * and the answers of the days and half hours it does not tell ({@code AnswerTally}), while another thread
 * counts. Each query is its own read-only transaction, as the dashboard needs no single snapshot of all of them.
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
        // the counts on another thread while this one, and two more, read the times to first response
        var counting = secondThread.supply(() -> counts(range, start, end));
        ResponseMedians medians = facts.medianResponseHours(start, end, range.includeSpam());
        return SecondThread.join(counting).withResponses(medians);
    }

    /** The figures but the times to first response. */
    private DashboardFigures counts(DashboardRange range, Instant start, Instant end) {
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        InquiryFilter all = range.anyDay();
        Set<InquiryStatus> counted = range.statuses();
        Map<Long, Long> byLine = new HashMap<>();
        Map<InquiryStatus, Long> byStatus = new EnumMap<>(InquiryStatus.class);
        facts.countByProductLineAndStatus(start, end)
                .forEach((line, statuses) -> statuses.forEach((status, count) -> {
                    if (counted.contains(status)) {
                        byLine.merge(line, count, Long::sum);
                        byStatus.merge(status, count, Long::sum);
                    }
                }));
        return new DashboardFigures(
                facts.count(all.withReceived(today, today)),
                facts.count(all.withReceived(monday, today)),
                facts.count(all.withStatuses(
                        EnumSet.of(InquiryStatus.NEW, InquiryStatus.IN_PROGRESS, InquiryStatus.QUOTED))),
                facts.count(all.withOverdueOnly(true)),
                Double.NaN,
                byLine,
                byStatus,
                countByMonth(range),
                Map.of());
    }

    private Map<YearMonth, Long> countByMonth(DashboardRange range) {
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        YearMonth last = YearMonth.from(range.to());
        for (YearMonth month = YearMonth.from(range.from()); !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month, facts.count(range.filter(month)));
        }
        return byMonth;
    }
}
