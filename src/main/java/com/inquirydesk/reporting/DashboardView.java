package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.IsoDates;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The managers' dashboard: key figures and four charts over a chosen range of days, spam left out unless asked
 * for. A click on a bar opens the grid with the inquiries it counts.
 */
@Route("dashboard")
@Menu(title = "staff.nav.dashboard", order = 20)
@RolesAllowed(Role.MANAGER_ROLE)
class DashboardView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final CatalogService catalog;
    private final H2 heading = new H2();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox includeSpam = new Checkbox();
    final Div cards = new Div();
    final Div charts = new Div();

    DashboardView(DashboardService dashboard, CatalogService catalog, CompanyZone zone, Clock clock) {
        this.dashboard = dashboard;
        this.catalog = catalog;
        addClassName("dashboard-view");
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        from.setValue(today.minusMonths(11).withDayOfMonth(1));
        to.setValue(today);
        IsoDates.showIn(from, to);
        from.addValueChangeListener(change -> render());
        to.addValueChangeListener(change -> render());
        includeSpam.addValueChangeListener(change -> render());
        cards.addClassName("kpi-cards");
        charts.addClassName("charts");
        var range = new Div(from, to, includeSpam);
        range.addClassName("filter-bar");
        add(heading, range, cards, charts);
    }

    private void render() {
        if (from.isEmpty() || to.isEmpty() || from.getValue().isAfter(to.getValue())) {
            return;
        }
        var range = new DashboardRange(from.getValue(), to.getValue(), includeSpam.getValue());
        DashboardFigures figures = dashboard.figures(range);
        cards.removeAll();
        cards.add(
                card("dashboard.newToday", Long.toString(figures.newToday())),
                card("dashboard.newThisWeek", Long.toString(figures.newThisWeek())),
                card("dashboard.open", Long.toString(figures.open())),
                card("dashboard.overdue", Long.toString(figures.overdue())),
                card(
                        "dashboard.medianResponse",
                        DashboardCharts.median(figures.medianFirstResponseHours(), this::getTranslation)));

        var language = Language.of(getLocale());
        charts.removeAll();
        new DashboardCharts(this::getTranslation, language, catalog.productLinesForStaff())
                .of(figures, range)
                .forEach(chart -> charts.add(new ChartCard(
                        chart, getTranslation("dashboard.table.show"), getTranslation("dashboard.chart.empty"))));
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

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("dashboard.title"));
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        includeSpam.setLabel(getTranslation("dashboard.includeSpam"));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
