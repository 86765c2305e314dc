package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The managers' dashboard: key figures and four charts over a chosen range of days. */
@Route("dashboard")
@Menu(title = "staff.nav.dashboard", order = 20)
@RolesAllowed(Role.MANAGER_ROLE)
class DashboardView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final CatalogService catalog;
    private final H2 heading = new H2();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div cards = new Div();
    final Div charts = new Div();

    DashboardView(DashboardService dashboard, CatalogService catalog, CompanyZone zone, Clock clock) {
        this.dashboard = dashboard;
        this.catalog = catalog;
        addClassName("dashboard-view");
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        from.setValue(today.minusMonths(11).withDayOfMonth(1));
        to.setValue(today);
        from.addValueChangeListener(change -> render());
        to.addValueChangeListener(change -> render());
        cards.addClassName("kpi-cards");
        charts.addClassName("charts");
        var range = new Div(from, to);
        range.addClassName("filter-bar");
        add(heading, range, cards, charts);
    }

    private void render() {
        if (from.isEmpty() || to.isEmpty() || from.getValue().isAfter(to.getValue())) {
            return;
        }
        Language language = Language.of(getLocale());
        DashboardFigures figures = dashboard.figures(from.getValue(), to.getValue());
        cards.removeAll();
        cards.add(
                card("dashboard.newToday", Long.toString(figures.newToday())),
                card("dashboard.newThisWeek", Long.toString(figures.newThisWeek())),
                card("dashboard.open", Long.toString(figures.open())),
                card("dashboard.overdue", Long.toString(figures.overdue())),
                card(
                        "dashboard.medianResponse",
                        Double.isNaN(figures.medianFirstResponseHours())
                                ? "—"
                                : String.format(Locale.ROOT, "%.1f h", figures.medianFirstResponseHours())));

        Map<String, Long> perLine = new LinkedHashMap<>();
        Map<String, Double> responsePerLine = new LinkedHashMap<>();
        for (ProductLineSummary line : catalog.activeProductLines()) {
            perLine.put(line.name(language), figures.byProductLine().getOrDefault(line.id(), 0L));
            responsePerLine.put(
                    line.name(language), figures.medianResponseByProductLine().getOrDefault(line.id(), 0.0));
        }
        Map<String, Long> perStatus = new LinkedHashMap<>();
        for (InquiryStatus status : InquiryStatus.values()) {
            perStatus.put(
                    getTranslation("status." + status.name()),
                    figures.byStatus().getOrDefault(status, 0L));
        }
        Map<String, Long> perMonth = new LinkedHashMap<>();
        figures.byMonth().forEach((month, count) -> perMonth.put(month.toString(), count));

        charts.removeAll();
        charts.add(
                chart(
                        "dashboard.chart.productLine",
                        SvgCharts.bars(perLine, getTranslation("dashboard.axis.inquiries"), true)),
                chart(
                        "dashboard.chart.status",
                        SvgCharts.bars(perStatus, getTranslation("dashboard.axis.inquiries"), false)),
                chart("dashboard.chart.month", SvgCharts.line(perMonth, getTranslation("dashboard.axis.inquiries"))),
                chart(
                        "dashboard.chart.response",
                        SvgCharts.bars(responsePerLine, getTranslation("dashboard.axis.hours"), true)));
    }

    private Div card(String key, String value) {
        var number = new Span(value);
        number.addClassName("kpi-value");
        var label = new Span(getTranslation(key));
        label.addClassName("kpi-label");
        var card = new Div(number, label);
        card.addClassName("kpi-card");
        return card;
    }

    /**
     * A chart as an image: an SVG data address, so the browser scales it and draws its text with its own
     * fonts (inlined markup would lose the case-sensitive {@code viewBox}).
     */
    private Div chart(String key, String svg) {
        String title = getTranslation(key);
        var image = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                title);
        var chart = new Div(new H3(title), image);
        chart.addClassName("chart");
        return chart;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("dashboard.title"));
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
