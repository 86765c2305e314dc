package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.InquiryFilter;
import java.util.List;
import java.util.Locale;

/**
 * One chart of the dashboard as data, already in the reader's language: what is counted, one bar per label, and
 * for each bar the grid filter that shows the inquiries behind it. {@link EChartsOptions} draws it; the chart's
 * table lists it.
 *
 * @param category what the labels are, e.g. "Product line", the table's first column
 * @param measure what the values are, e.g. "Inquiries", the table's second column and the tooltip's name
 * @param unit written after each value, e.g. "h"; empty for counts
 * @param decimals digits after the point, 0 for counts
 * @param across bars across (labels on the left, room for long names); otherwise upright bars along a time axis
 */
record BarChart(
        String title, String category, String measure, String unit, int decimals, boolean across, List<Bar> bars) {

    BarChart {
        bars = List.copyOf(bars);
    }

    /** One bar: its label, its value and the grid filter that lists the inquiries it counts. */
    record Bar(String label, double value, InquiryFilter opens) {}

    /** A value as the chart and its table write it: {@code 12}, {@code 5.3 h}. */
    String format(double value) {
        String number = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
