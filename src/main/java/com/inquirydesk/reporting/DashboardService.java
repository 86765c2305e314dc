package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryQueries;
import com.inquirydesk.inquiry.InquiryStatus;
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

        Instant start = from.atStartOfDay(zone.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone.zone()).toInstant();
        Map<Long, Long> byLine = new HashMap<>();
        Map<InquiryStatus, Long> byStatus = new EnumMap<>(InquiryStatus.class);
        queries.countByProductLineAndStatus(start, end)
                .forEach((line, statuses) -> statuses.forEach((status, count) -> {
                    byLine.merge(line, count, Long::sum);
                    byStatus.merge(status, count, Long::sum);
                }));
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            byMonth.put(month, queries.count(all.withReceived(first, last)));
        }
        var medians = queries.medianResponseHours(start, end);
        return new DashboardFigures(
                newToday,
                newThisWeek,
                open,
                overdue,
                medians.overall(),
                byLine,
                byStatus,
                byMonth,
                medians.byProductLine());
    }
}
