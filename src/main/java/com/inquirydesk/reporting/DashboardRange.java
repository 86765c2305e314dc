package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the dashboard counts: the inquiries received from {@code from} to {@code to} (both days included, in the
 * company's time zone), spam left out unless asked for. Its {@link #filter()} is what a click on a chart opens in
 * the grid, so a bar and the rows behind it always agree.
 */
record DashboardRange(LocalDate from, LocalDate to, boolean includeSpam) {

    /** The statuses counted: all, or all but {@code SPAM}. */
    Set<InquiryStatus> statuses() {
        Set<InquiryStatus> statuses = EnumSet.allOf(InquiryStatus.class);
        if (!includeSpam) {
            statuses.remove(InquiryStatus.SPAM);
        }
        return statuses;
    }

    /** The grid's filter for every inquiry counted. */
    InquiryFilter filter() {
        return anyDay().withReceived(from, to);
    }

    /** The grid's filter for the inquiries that would be counted on any day: for today's or the open ones. */
    InquiryFilter anyDay() {
        return includeSpam ? InquiryFilter.all() : InquiryFilter.all().withStatuses(statuses());
    }

    /** The grid's filter for the inquiries counted in one month of the range: its days that lie in the range. */
    InquiryFilter filter(YearMonth month) {
        LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return filter().withReceived(first, last);
    }
}
