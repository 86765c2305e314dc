package com.inquirydesk.reporting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.inquiry.triage.InquiryRow;
import com.inquirydesk.inquiry.triage.InquirySort;
import com.inquirydesk.inquiry.triage.TriageService;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class ReportsIT extends ViewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    IntakeService intake;

    @Autowired
    GridQueries queries;

    @Autowired
    InquiryCsvExport export;

    @Autowired
    DashboardService dashboard;

    @Autowired
    TriageService triage;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private String marker;
    private String manager;

    @BeforeEach
    void seed() {
        marker = "r" + UUID.randomUUID().toString().substring(0, 8);
        manager = newStaff("MANAGER");
        login(manager);
    }

    @Test
    void the_export_holds_exactly_the_grids_rows_in_the_grids_order() throws Exception {
        for (int i = 0; i < 6; i++) {
            submit(
                    i % 2 == 0 ? "ceramics" : "natural-gas",
                    "Subject " + (char) ('F' - i) + " " + marker,
                    "=SUM(A1) 报价 " + i);
        }
        InquiryFilter mine = InquiryFilter.all().withText(marker);
        long ceramics = jdbc.sql("select id from product_line where code = 'ceramics'")
                .query(Long.class)
                .single();
        var cases = List.of(
                new Object[] {mine, List.<InquiryOrder>of()},
                new Object[] {mine.withProductLine(ceramics), List.of(new InquiryOrder(InquirySort.NAME, false))},
                new Object[] {mine, List.of(new InquiryOrder(InquirySort.REFERENCE, false))},
                new Object[] {
                    mine.withStatuses(Set.of(InquiryStatus.NEW)), List.of(new InquiryOrder(InquirySort.RECEIVED, false))
                },
                new Object[] {mine.withText(marker + " nothing"), List.<InquiryOrder>of()});
        for (Object[] each : cases) {
            InquiryFilter filter = (InquiryFilter) each[0];
            @SuppressWarnings("unchecked")
            List<InquiryOrder> orders = (List<InquiryOrder>) each[1];
            List<String> grid = queries.list(filter, orders, 0, 1000).stream()
                    .map(InquiryRow::reference)
                    .toList();

            List<CSVRecord> exported = export(filter, orders);

            assertThat(exported).extracting(record -> record.get("reference")).containsExactlyElementsOf(grid);
        }
        assertThat(export(mine, List.of()))
                .allSatisfy(record -> assertThat(record.get("message")).startsWith("'=SUM(A1) 报价 "));
    }

    @Test
    void the_file_name_says_what_the_file_holds() {
        long ceramics = jdbc.sql("select id from product_line where code = 'ceramics'")
                .query(Long.class)
                .single();
        String name = export.fileName(
                InquiryFilter.all().withStatuses(Set.of(InquiryStatus.NEW)).withProductLine(ceramics));
        assertThat(name).matches("inquiries-\\d{4}-\\d{2}-\\d{2}-NEW-ceramics\\.csv");
    }

    @Test
    void dashboard_figures_match_a_hand_computed_fixture_and_the_charts_speak_chinese() {
        LocalDate day = LocalDate.of(2018, 5, 20);
        for (var fixture : List.of(
                new Object[] {"ceramics", "NEW", null, 0},
                new Object[] {"ceramics", "WON", 1, 0},
                new Object[] {"natural-gas", "QUOTED", 5, 40},
                new Object[] {"natural-gas", "LOST", 9, 40})) {
            String reference = submit((String) fixture[0], "Fixture " + marker, "x");
            var received = day.plusDays((Integer) fixture[3])
                    .atTime(10, 0)
                    .atZone(SHANGHAI)
                    .toOffsetDateTime();
            jdbc.sql("""
                            update inquiry set received_at = ?, status = ?, first_response_at = ?,
                                first_response_minutes = ?
                            where reference = ?""")
                    .params(
                            received,
                            fixture[1],
                            fixture[2] == null ? null : received.plusHours((Integer) fixture[2]),
                            fixture[2] == null ? null : (Integer) fixture[2] * 60,
                            reference)
                    .update();
        }
        long ceramics = jdbc.sql("select id from product_line where code = 'ceramics'")
                .query(Long.class)
                .single();
        long gas = jdbc.sql("select id from product_line where code = 'natural-gas'")
                .query(Long.class)
                .single();

        DashboardFigures figures = dashboard.figures(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 6, 30));

        assertThat(figures.byProductLine())
                .containsEntry(ceramics, 2L)
                .containsEntry(gas, 2L)
                .hasSize(2);
        assertThat(figures.byStatus())
                .containsEntry(InquiryStatus.NEW, 1L)
                .containsEntry(InquiryStatus.WON, 1L)
                .containsEntry(InquiryStatus.QUOTED, 1L)
                .containsEntry(InquiryStatus.LOST, 1L);
        assertThat(figures.byMonth())
                .containsEntry(java.time.YearMonth.of(2018, 5), 2L)
                .containsEntry(java.time.YearMonth.of(2018, 6), 2L);
        assertThat(figures.medianFirstResponseHours()).isEqualTo(5.0);
        assertThat(figures.medianResponseByProductLine())
                .containsEntry(ceramics, 1.0)
                .containsEntry(gas, 7.0);
        DashboardFigures june = dashboard.figures(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30));
        assertThat(june.byMonth()).containsExactly(Map.entry(java.time.YearMonth.of(2018, 6), 2L));
        assertThat(june.byProductLine()).containsExactly(Map.entry(gas, 2L));
        DashboardFigures fromLateMay = dashboard.figures(LocalDate.of(2018, 5, 21), LocalDate.of(2018, 6, 30));
        assertThat(fromLateMay.byMonth())
                .containsExactly(
                        Map.entry(java.time.YearMonth.of(2018, 5), 0L), Map.entry(java.time.YearMonth.of(2018, 6), 2L));
        assertThat(fromLateMay.byStatus())
                .containsEntry(InquiryStatus.QUOTED, 1L)
                .containsEntry(InquiryStatus.LOST, 1L)
                .doesNotContainKey(InquiryStatus.WON);

        UI.getCurrent().getSession().setLocale(Language.ZH.locale());
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.from.setValue(LocalDate.of(2018, 5, 1));
        view.to.setValue(LocalDate.of(2018, 6, 30));
        String svg = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        view.charts, com.vaadin.flow.component.html.Image.class)
                .stream()
                .map(image -> new String(
                        java.util.Base64.getDecoder()
                                .decode(image.getSrc().substring(image.getSrc().indexOf(',') + 1)),
                        StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining());
        assertThat(svg).contains("<svg", "viewBox", "高温陶瓷", "天然气", "已成交");
        assertThat(view.cards.getElement().getTextRecursively()).contains("首次响应中位数");
    }

    private List<CSVRecord> export(InquiryFilter filter, List<InquiryOrder> orders) throws Exception {
        var out = new ByteArrayOutputStream();
        export.write(filter, orders, Language.EN, out);
        return CsvFiles.parse(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The dashboard, the monthly summary and the export count the time to first response by one rule (whole
     * minutes, rounded down): answers after 59 s and 119 s are 0 and 1 minutes, a median of 0.5 minutes
     * everywhere. Counted in seconds instead, the median would be 89 s, and the summary would say 0.02 h.
     */
    @Test
    void the_dashboard_the_summary_and_the_export_agree_on_the_time_to_first_response() throws Exception {
        // starts in the past and ends now: no mail is dated ahead of the shared database's other senders
        clock.advance(Duration.ofSeconds(-178));
        String fast = submit("ceramics", "Fast " + marker, "x");
        clock.advance(Duration.ofSeconds(59));
        triage.reply(fast, "Thanks, a quote follows.");
        String slow = submit("ceramics", "Slow " + marker, "y");
        clock.advance(Duration.ofSeconds(119));
        triage.reply(slow, "Thanks, a quote follows.");
        YearMonth month = YearMonth.of(1900 + new Random().nextInt(100), 1 + new Random().nextInt(12));
        var received = month.atDay(10).atTime(9, 0).atZone(SHANGHAI).toOffsetDateTime();
        jdbc.sql("""
                        update inquiry set first_response_at = first_response_at + (cast(? as timestamp with time zone) - received_at),
                            received_at = ?
                        where reference in (?, ?)""").params(received, received, fast, slow).update();

        double dashboardMedian =
                dashboard.figures(month.atDay(1), month.atEndOfMonth()).medianFirstResponseHours();
        String summary = csv("/api/reports/summary.csv").getFirst().get("median_hours_to_first_response");
        var rows = csv("/api/reports/inquiries.csv");

        assertThat(dashboardMedian).isEqualTo(0.5 / 60);
        assertThat(summary).isEqualTo("0.01");
        assertThat(rows)
                .extracting(row -> row.get("hours_to_first_response"))
                .containsExactlyInAnyOrder("0.00", "0.02");
    }

    private List<CSVRecord> csv(String report) throws Exception {
        return CsvFiles.parse(mvc.perform(get(report)
                        .param("q", marker)
                        .header("Accept-Language", "en")
                        .with(httpBasic(manager, "a long enough password")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String submit(String line, String subject, String message) {
        var request = new InquiryRequest(
                "Client " + subject.charAt(0),
                null,
                "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                null,
                null,
                line,
                subject,
                message,
                "zh",
                true,
                null);
        return intake.submit(request, IntakeContext.api("10.11.0.1")).reference();
    }
}
