package com.inquirydesk.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures against hand-computed fixtures, and the charts as the data handed to ECharts (not the
 * picture) in each language: translated names, spam left out unless asked for, and each bar opening the grid on
 * exactly the inquiries it counts.
 */
class DashboardIT extends ViewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The months of the fixtures, one per test: no other test receives inquiries in 2016. */
    private static final YearMonth SPAM_MONTH = YearMonth.of(2016, 3);

    private static final YearMonth LINKS_MONTH = YearMonth.of(2016, 4);

    @Autowired
    IntakeService intake;

    @Autowired
    DashboardService dashboard;

    @Autowired
    InquiryFacts facts;

    @Autowired
    JdbcClient jdbc;

    private long ceramics;
    private long gas;

    @BeforeEach
    void seed() {
        login(newStaff("MANAGER"));
        ceramics = lineId("ceramics");
        gas = lineId("natural-gas");
    }

    @Test
    void the_figures_match_a_hand_computed_fixture() {
        LocalDate day = LocalDate.of(2018, 5, 20);
        received("ceramics", "NEW", null, day);
        received("ceramics", "WON", 1, day);
        received("natural-gas", "QUOTED", 5, day.plusDays(40));
        received("natural-gas", "LOST", 9, day.plusDays(40));

        DashboardFigures figures = figures(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 30), false);

        assertThat(figures.byProductLine())
                .containsEntry(ceramics, 2L)
                .containsEntry(gas, 2L)
                .hasSize(2);
        assertThat(figures.byStatus())
                .containsEntry(InquiryStatus.NEW, 1L)
                .containsEntry(InquiryStatus.WON, 1L)
                .containsEntry(InquiryStatus.QUOTED, 1L)
                .containsEntry(InquiryStatus.LOST, 1L);
        assertThat(figures.byMonth()).containsEntry(YearMonth.of(2018, 5), 2L).containsEntry(YearMonth.of(2018, 6), 2L);
        assertThat(figures.medianFirstResponseHours()).isEqualTo(5.0);
        assertThat(figures.medianResponseByProductLine())
                .containsEntry(ceramics, 1.0)
                .containsEntry(gas, 7.0);
        DashboardFigures june = figures(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30), false);
        assertThat(june.byMonth()).containsExactly(Map.entry(YearMonth.of(2018, 6), 2L));
        assertThat(june.byProductLine()).containsExactly(Map.entry(gas, 2L));
        DashboardFigures fromLateMay = figures(LocalDate.of(2018, 5, 21), LocalDate.of(2018, 6, 30), false);
        assertThat(fromLateMay.byMonth())
                .containsExactly(Map.entry(YearMonth.of(2018, 5), 0L), Map.entry(YearMonth.of(2018, 6), 2L));
        assertThat(fromLateMay.byStatus())
                .containsEntry(InquiryStatus.QUOTED, 1L)
                .containsEntry(InquiryStatus.LOST, 1L)
                .doesNotContainKey(InquiryStatus.WON);
    }

    /**
     * Spam moved out of NEW counts as answered (after an hour here); left in, it would pull the medians down and
     * add a bar for ceramics that no client asked for.
     */
    @Test
    void spam_is_left_out_of_every_figure_unless_asked_for() {
        seed(SPAM_MONTH);
        LocalDate from = SPAM_MONTH.atDay(1);
        LocalDate to = SPAM_MONTH.atEndOfMonth();

        DashboardFigures withoutSpam = figures(from, to, false);
        DashboardFigures withSpam = figures(from, to, true);

        assertThat(withoutSpam.byProductLine()).containsOnly(Map.entry(ceramics, 1L), Map.entry(gas, 2L));
        assertThat(withoutSpam.byStatus()).doesNotContainKey(InquiryStatus.SPAM);
        assertThat(withoutSpam.byMonth()).containsExactly(Map.entry(SPAM_MONTH, 3L));
        assertThat(withoutSpam.medianFirstResponseHours()).isEqualTo(4.0);
        assertThat(withoutSpam.medianResponseByProductLine()).containsOnly(Map.entry(gas, 4.0));

        assertThat(withSpam.byProductLine()).containsOnly(Map.entry(ceramics, 2L), Map.entry(gas, 2L));
        assertThat(withSpam.byStatus()).containsEntry(InquiryStatus.SPAM, 1L);
        assertThat(withSpam.byMonth()).containsExactly(Map.entry(SPAM_MONTH, 4L));
        assertThat(withSpam.medianFirstResponseHours()).isEqualTo(3.0);
        assertThat(withSpam.medianResponseByProductLine()).containsOnly(Map.entry(gas, 4.0), Map.entry(ceramics, 1.0));
    }

    @ParameterizedTest(name = "in {0}")
    @EnumSource(Language.class)
    void the_charts_are_drawn_from_translated_data_whose_bars_open_the_grid_on_what_they_count(Language language) {
        YearMonth month = YearMonth.of(2016, 5 + language.ordinal());
        seed(month);
        DashboardView view = dashboard(month, language);
        boolean zh = language == Language.ZH;

        List<ChartCard> charts = charts(view);
        assertThat(charts)
                .extracting(card -> card.chart().title())
                .containsExactly(
                        zh ? "各产品线咨询数" : "Inquiries per product line",
                        zh ? "各状态咨询数" : "Inquiries per status",
                        zh ? "每月咨询数" : "Inquiries per month",
                        zh ? "各产品线首次响应时间中位数（小时）" : "Median hours to first response per product line");

        JsonNode perLine = charts.get(0).options();
        assertThat(texts(perLine.path("yAxis").path("data")))
                .as("the line for unsorted mail has inquiries too")
                .contains(
                        zh ? "高温陶瓷" : "High-temperature ceramics",
                        zh ? "天然气" : "Natural gas",
                        zh ? "未分配" : "Unassigned line");
        assertThat(perLine.path("grid").path("containLabel").asBoolean()).isTrue();
        assertThat(perLine.path("series").path(0).path("name").asString()).isEqualTo(zh ? "咨询数" : "Inquiries");
        assertThat(perLine.path("series").path(0).path("label").path("show").asBoolean())
                .isTrue();
        assertThat(value(perLine, zh ? "高温陶瓷" : "High-temperature ceramics")).isEqualTo(1.0);
        assertThat(value(perLine, zh ? "天然气" : "Natural gas")).isEqualTo(2.0);

        JsonNode perStatus = charts.get(1).options();
        assertThat(texts(perStatus.path("yAxis").path("data")))
                .contains(zh ? "处理中" : "In progress", zh ? "已成交" : "Won")
                .doesNotContain(zh ? "垃圾信息" : "Spam")
                .hasSize(InquiryStatus.values().length - 1);
        assertThat(value(perStatus, zh ? "已成交" : "Won")).isEqualTo(1.0);

        JsonNode perMonth = charts.get(2).options();
        assertThat(texts(perMonth.path("xAxis").path("data"))).containsExactly(month.toString());
        assertThat(value(perMonth, month.toString())).isEqualTo(3.0);

        JsonNode response = charts.get(3).options();
        assertThat(texts(response.path("yAxis").path("data"))).containsExactly(zh ? "天然气" : "Natural gas");
        assertThat(response.path("series")
                        .path(0)
                        .path("label")
                        .path("formatter")
                        .asString())
                .isEqualTo(zh ? "{c} 小时" : "{c} h");
        assertThat(response.path("series").path(0).path("name").asString()).isEqualTo(zh ? "小时" : "Hours");

        view.includeSpam.setValue(true);

        List<ChartCard> withSpam = charts(view);
        assertThat(value(withSpam.get(0).options(), zh ? "高温陶瓷" : "High-temperature ceramics"))
                .isEqualTo(2.0);
        assertThat(value(withSpam.get(1).options(), zh ? "垃圾信息" : "Spam")).isEqualTo(1.0);
        assertThat(texts(withSpam.get(3).options().path("yAxis").path("data")))
                .contains(zh ? "高温陶瓷" : "High-temperature ceramics");
    }

    /** The grid shows what the bar counts: the same filter, the same number of inquiries. */
    @Test
    void each_bar_and_its_row_in_the_table_open_the_grid_on_the_inquiries_it_counts() {
        seed(LINKS_MONTH);
        for (boolean includeSpam : new boolean[] {false, true}) {
            // per product line, per status, per month; the response chart's bars open the line's inquiries
            for (int chart = 0; chart < 3; chart++) {
                int bars = charts(dashboard(LINKS_MONTH, includeSpam))
                        .get(chart)
                        .chart()
                        .bars()
                        .size();
                for (int i = 0; i < bars; i++) {
                    ChartCard card = charts(dashboard(LINKS_MONTH, includeSpam)).get(chart);
                    BarChart.Bar bar = card.chart().bars().get(i);
                    String link = _find(card, Anchor.class).get(i).getHref();

                    InquiryFilter opened = open(card, i);

                    assertThat(opened).isEqualTo(bar.opens());
                    assertThat(facts.count(opened))
                            .as("%s: %s", card.chart().title(), bar.label())
                            .isEqualTo((long) bar.value());
                    assertThat(filterOf(link)).isEqualTo(opened);
                }
            }
        }
        var range = new DashboardRange(LINKS_MONTH.atDay(1), LINKS_MONTH.atEndOfMonth(), false);
        assertThat(open(charts(dashboard(LINKS_MONTH, false)).get(1), 0))
                .isEqualTo(range.filter().withStatuses(Set.of(InquiryStatus.NEW)));
        assertThat(range.filter().statuses()).doesNotContain(InquiryStatus.SPAM).isNotEmpty();
    }

    /** Answers within the hour would all read "0 h": then the chart and the figure count minutes. */
    @Test
    void quick_answers_are_shown_in_minutes() {
        YearMonth month = YearMonth.of(2016, 8);
        receivedAnswered("ceramics", "IN_PROGRESS", 20, month.atDay(3));
        receivedAnswered("natural-gas", "IN_PROGRESS", 40, month.atDay(4));

        DashboardView view = dashboard(month, Language.ZH);
        ChartCard response = charts(view).get(3);

        assertThat(response.chart().title()).isEqualTo("各产品线首次响应时间中位数（分钟）");
        assertThat(response.options()
                        .path("series")
                        .path(0)
                        .path("label")
                        .path("formatter")
                        .asString())
                .isEqualTo("{c} 分钟");
        assertThat(value(response.options(), "高温陶瓷")).isEqualTo(20.0);
        assertThat(value(response.options(), "天然气")).isEqualTo(40.0);
        assertThat(view.cards.getElement().getTextRecursively()).contains("30 分钟首次响应中位数");
        assertThat(DashboardCharts.median(5.25, key -> key.endsWith("hours") ? "h" : "min"))
                .isEqualTo("5.3 h");
        assertThat(DashboardCharts.median(Double.NaN, key -> "h")).isEqualTo("—");
    }

    @Test
    void a_bar_the_chart_does_not_have_opens_nothing() {
        DashboardView view = dashboard(SPAM_MONTH, Language.EN);
        ChartCard perStatus = charts(view).get(1);

        perStatus.open(-1);
        perStatus.open(InquiryStatus.values().length);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dashboard");
    }

    /** Clicks bar {@code index}, the way the browser reports it, and reads the grid's filter from the address. */
    private static InquiryFilter open(ChartCard card, int index) {
        card.open(index);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("inquiries");
        return InquiryFilter.fromParametersStrictly(
                location.getQueryParameters().getParameters());
    }

    private static InquiryFilter filterOf(String href) {
        assertThat(href).startsWith("inquiries?");
        return InquiryFilter.fromParametersStrictly(QueryParameters.fromString(href.substring(href.indexOf('?') + 1))
                .getParameters());
    }

    private static DashboardView dashboard(YearMonth month, Language language) {
        UI.getCurrent().getSession().setLocale(language.locale());
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.from.setValue(month.atDay(1));
        view.to.setValue(month.atEndOfMonth());
        return view;
    }

    private static DashboardView dashboard(YearMonth month, boolean includeSpam) {
        DashboardView view = dashboard(month, Language.EN);
        view.includeSpam.setValue(includeSpam);
        return view;
    }

    private static List<ChartCard> charts(DashboardView view) {
        return _find(view.charts, ChartCard.class);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    /** The value of the bar with this label. */
    private static double value(JsonNode options, String label) {
        boolean across = options.path("yAxis").path("type").asString().equals("category");
        List<String> labels = texts(options.path(across ? "yAxis" : "xAxis").path("data"));
        assertThat(labels).contains(label);
        return options.path("series")
                .path(0)
                .path("data")
                .path(labels.indexOf(label))
                .asDouble();
    }

    /**
     * In that month: ceramics NEW and ceramics SPAM (moved out of NEW after an hour), natural gas WON after 3 hours
     * and IN_PROGRESS after 5.
     */
    private void seed(YearMonth month) {
        LocalDate day = month.atDay(10);
        received("ceramics", "NEW", null, day);
        received("ceramics", "SPAM", 1, day);
        received("natural-gas", "WON", 3, day.plusDays(5));
        received("natural-gas", "IN_PROGRESS", 5, day.plusDays(20));
    }

    private DashboardFigures figures(LocalDate from, LocalDate to, boolean includeSpam) {
        return dashboard.figures(new DashboardRange(from, to, includeSpam));
    }

    /** An inquiry received at 10:00 that day with this status, answered after so many hours (or not). */
    private void received(String line, String status, @Nullable Integer hours, LocalDate day) {
        receivedAnswered(line, status, hours == null ? null : hours * 60, day);
    }

    /** An inquiry received at 10:00 that day with this status, answered after so many minutes (or not). */
    private void receivedAnswered(String line, String status, @Nullable Integer minutes, LocalDate day) {
        var request = new InquiryRequest(
                "Fixture client",
                null,
                "f" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                null,
                null,
                line,
                "Fixture",
                "x",
                "zh",
                true,
                null);
        String reference =
                intake.submit(request, IntakeContext.api("10.12.0.1")).reference();
        var received = day.atTime(10, 0).atZone(SHANGHAI).toOffsetDateTime();
        jdbc.sql("""
                        update inquiry set received_at = ?, status = ?, first_response_at = ?,
                            first_response_minutes = ?
                        where reference = ?""")
                .params(received, status, minutes == null ? null : received.plusMinutes(minutes), minutes, reference)
                .update();
    }

    private long lineId(String code) {
        return jdbc.sql("select id from product_line where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }
}
