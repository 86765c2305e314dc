package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.inquiry.InquiryFact;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryQueries;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.staff.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the dashboard's figures: counts for today, this week and now, and per line, status and month. */
@Service
@Secured(Role.MANAGER_AUTHORITY)
class DashboardService {

    private final InquiryQueries queries;
    private final CompanyZone zone;
    private final Clock clock;

    DashboardService(InquiryQueries queries, CompanyZone zone, Clock clock) {
        this.queries = queries;
        this.zone = zone;
        this.clock = clock;
    }

    /** The figures of the inquiries received from {@code from} to {@code to}, both days included. */
    @Transactional(readOnly = true)
    DashboardFigures figures(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        InquiryFilter all = InquiryFilter.all();
        long newToday = queries.count(all.withReceived(today, today));
        long newThisWeek = queries.count(all.withReceived(monday, today));
        long open = queries.count(
                all.withStatuses(EnumSet.of(InquiryStatus.NEW, InquiryStatus.IN_PROGRESS, InquiryStatus.QUOTED)));
        long overdue = queries.count(all.withOverdueOnly(true));

        Map<Long, Long> byLine = new HashMap<>();
        Map<InquiryStatus, Long> byStatus = new EnumMap<>(InquiryStatus.class);
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month, 0L);
        }
        List<Float> responses = new ArrayList<>();
        Map<Long, List<Float>> responsesByLine = new HashMap<>();
        queries.forEachFact(all.withReceived(from, to), fact -> {
            byLine.merge(fact.productLineId(), 1L, Long::sum);
            byStatus.merge(fact.status(), 1L, Long::sum);
            byMonth.merge(YearMonth.from(fact.receivedAt().atZone(zone.zone())), 1L, Long::sum);
            if (fact.firstResponseAt() != null) {
                float hours = hours(fact);
                responses.add(hours);
                responsesByLine
                        .computeIfAbsent(fact.productLineId(), unused -> new ArrayList<>())
                        .add(hours);
            }
        });
        Map<Long, Double> medianByLine = new HashMap<>();
        responsesByLine.forEach((line, hours) -> medianByLine.put(line, MonthlySummary.median(hours)));
        return new DashboardFigures(
                newToday,
                newThisWeek,
                open,
                overdue,
                MonthlySummary.median(responses),
                byLine,
                byStatus,
                byMonth,
                medianByLine);
    }

    private static float hours(InquiryFact fact) {
        return Duration.between(fact.receivedAt(), fact.firstResponseAt()).toSeconds() / 3600f;
    }
}
