package com.inquirydesk.reporting;

import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the dashboard's figures into its four charts, in the reader's language: inquiries per product line, per
 * status and per month, and the median hours to first response per product line. Each bar carries the grid
 * filter of what it counts.
 */
final class DashboardCharts {

    private final Function<String, String> text;
    private final Language language;
    private final List<ProductLineSummary> lines;

    /**
     * @param text the translation of a key
     * @param lines the product lines to show, in their order
     */
    DashboardCharts(Function<String, String> text, Language language, List<ProductLineSummary> lines) {
        this.text = text;
        this.language = language;
        this.lines = List.copyOf(lines);
    }

    List<BarChart> of(DashboardFigures figures, DashboardRange range) {
        return List.of(
                perProductLine(figures, range),
                perStatus(figures, range),
                perMonth(figures, range),
                response(figures, range));
    }

    private BarChart perProductLine(DashboardFigures figures, DashboardRange range) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ProductLineSummary line : lines) {
            bars.add(new BarChart.Bar(
                    line.name(language),
                    figures.byProductLine().getOrDefault(line.id(), 0L),
                    range.filter().withProductLine(line.id())));
        }
        return new BarChart(
                text.apply("dashboard.chart.productLine"),
                text.apply("filter.productLine"),
                text.apply("dashboard.axis.inquiries"),
                "",
                0,
                true,
                bars);
    }

    private BarChart perStatus(DashboardFigures figures, DashboardRange range) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (InquiryStatus status : range.statuses()) {
            bars.add(new BarChart.Bar(
                    text.apply("status." + status.name()),
                    figures.byStatus().getOrDefault(status, 0L),
                    range.filter().withStatuses(Set.of(status))));
        }
        return new BarChart(
                text.apply("dashboard.chart.status"),
                text.apply("dashboard.table.status"),
                text.apply("dashboard.axis.inquiries"),
                "",
                0,
                true,
                bars);
    }

    private BarChart perMonth(DashboardFigures figures, DashboardRange range) {
        List<BarChart.Bar> bars = new ArrayList<>();
        figures.byMonth()
                .forEach((month, count) -> bars.add(new BarChart.Bar(month.toString(), count, range.filter(month))));
        return new BarChart(
                text.apply("dashboard.chart.month"),
                text.apply("dashboard.table.month"),
                text.apply("dashboard.axis.inquiries"),
                "",
                0,
                false,
                bars);
    }

    /**
     * Lines without an answer in the range have no bar: a median of none is not zero hours. When every median is
     * under an hour the chart counts minutes, or quick answers would all read "0 h".
     */
    private BarChart response(DashboardFigures figures, DashboardRange range) {
        boolean minutes =
                figures.medianResponseByProductLine().values().stream().allMatch(hours -> hours < 1);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ProductLineSummary line : lines) {
            Double hours = figures.medianResponseByProductLine().get(line.id());
            if (hours != null) {
                double value = minutes ? Math.round(hours * 60) : Math.round(hours * 10) / 10.0;
                bars.add(new BarChart.Bar(
                        line.name(language), value, range.filter().withProductLine(line.id())));
            }
        }
        return new BarChart(
                text.apply(minutes ? "dashboard.chart.responseMinutes" : "dashboard.chart.response"),
                text.apply("filter.productLine"),
                text.apply(minutes ? "dashboard.axis.minutes" : "dashboard.axis.hours"),
                text.apply(minutes ? "dashboard.unit.minutes" : "dashboard.unit.hours"),
                minutes ? 0 : 1,
                true,
                bars);
    }

    /** A median time to first response as the figures above the charts write it: {@code 5.3 h}, or {@code 12 min}. */
    static String median(double hours, Function<String, String> text) {
        if (Double.isNaN(hours)) {
            return "—";
        }
        return hours < 1
                ? Math.round(hours * 60) + " " + text.apply("dashboard.unit.minutes")
                : String.format(Locale.ROOT, "%.1f %s", hours, text.apply("dashboard.unit.hours"));
    }
}
