package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.ResponseMedians;
import java.time.YearMonth;
import java.util.Map;

/**
 * What the dashboard shows for a date range.
 *
 * @param medianFirstResponseHours over the inquiries of the range that were answered; NaN when none was
 * @param byProductLine inquiries per product line id
 * @param medianResponseByProductLine median hours to first response per product line id
 */
record DashboardFigures(
        long newToday,
        long newThisWeek,
        long open,
        long overdue,
        double medianFirstResponseHours,
        Map<Long, Long> byProductLine,
        Map<InquiryStatus, Long> byStatus,
        Map<YearMonth, Long> byMonth,
        Map<Long, Double> medianResponseByProductLine) {

    /** The same counts with these times to first response. */
    DashboardFigures withResponses(ResponseMedians medians) {
        return new DashboardFigures(
                newToday,
                newThisWeek,
                open,
                overdue,
                medians.overallHours(),
                byProductLine,
                byStatus,
                byMonth,
                medians.hoursByProductLine());
    }
}
