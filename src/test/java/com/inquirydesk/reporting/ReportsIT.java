package com.inquirydesk.reporting;

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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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

        double dashboardMedian = dashboard
                .figures(new DashboardRange(month.atDay(1), month.atEndOfMonth(), false))
                .medianFirstResponseHours();
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
