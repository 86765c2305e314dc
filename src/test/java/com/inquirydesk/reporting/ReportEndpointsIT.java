package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The report endpoints for scripts: HTTP Basic, MANAGER only, streaming CSV. */
@IntegrationTest
@AutoConfigureMockMvc
class ReportEndpointsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    IntakeService intake;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcClient jdbc;

    private String marker;
    private String manager;

    @BeforeEach
    void seed() {
        marker = "e" + UUID.randomUUID().toString().substring(0, 8);
        manager = newStaff(Role.MANAGER);
    }

    @Test
    void a_script_with_a_manager_account_downloads_the_csv_with_chinese_intact() throws Exception {
        String reference = submit("seedlings", "苗木采购 " + marker, "需要银杏苗 3000 株。");

        var response = mvc.perform(get("/api/reports/inquiries.csv")
                        .param("q", marker)
                        .param("sort", "-received")
                        .header("Accept-Language", "zh")
                        .with(httpBasic(manager, "a long enough password")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("inquiries-")))
                .andReturn()
                .getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CsvFiles.parse(csv);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("reference")).isEqualTo(reference);
            assertThat(record.get("product_line")).isEqualTo("苗木");
            assertThat(record.get("message")).isEqualTo("需要银杏苗 3000 株。");
        });
    }

    @Test
    void sales_may_not_export_and_anonymous_must_log_in() throws Exception {
        String sales = newStaff(Role.SALES);
        mvc.perform(get("/api/reports/inquiries.csv").with(httpBasic(sales, "a long enough password")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/summary.csv").with(httpBasic(sales, "a long enough password")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/inquiries.csv")).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"none", "wrong"})
    void a_script_without_valid_credentials_gets_401_with_a_basic_challenge_not_the_login_page(String credentials)
            throws Exception {
        var request = get("/api/reports/inquiries.csv").header("Accept-Language", "zh");
        if (credentials.equals("wrong")) {
            request.with(httpBasic(manager, "not the password"));
        }
        mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=")))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(startsWith("请使用员工账户")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "status=BOGUS | status | BOGUS",
                "status=NEW,BOGUS | status | BOGUS",
                "from=notadate | from | notadate",
                "to=2026-13-01 | to | 2026-13-01",
                "line=ceramics | line | ceramics",
                "priority=URGENTISSIMO | priority | URGENTISSIMO",
                "lang=fr | lang | fr",
                "overdue=yes | overdue | yes",
                "stauts=NEW | stauts | stauts"
            })
    void a_filter_that_cannot_be_read_is_refused_instead_of_exporting_everything(
            String query, String field, String named) throws Exception {
        String[] parameter = query.split("=", 2);
        for (String report : List.of("/api/reports/inquiries.csv", "/api/reports/summary.csv")) {
            mvc.perform(get(report)
                            .param(parameter[0], parameter[1])
                            .with(httpBasic(manager, "a long enough password")))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"))
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString(named)));
        }
    }

    @Test
    void an_unknown_sort_column_is_refused() throws Exception {
        mvc.perform(get("/api/reports/inquiries.csv")
                        .param("sort", "-nonsense")
                        .with(httpBasic(manager, "a long enough password")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/reports/summary.csv")
                        .param("sort", "received")
                        .with(httpBasic(manager, "a long enough password")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void the_api_documentation_is_readable_without_an_account() throws Exception {
        var docs = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).isIn(200, 302);
        if (docs.getStatus() == 302) {
            assertThat(docs.getRedirectedUrl()).doesNotContain("/login");
            mvc.perform(get(docs.getRedirectedUrl())).andExpect(status().isOk());
        }
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
    }

    @Test
    void the_monthly_summary_counts_and_measures_first_responses() throws Exception {
        String a = submit("ceramics", "A " + marker, "a");
        String b = submit("ceramics", "B " + marker, "b");
        String c = submit("ceramics", "C " + marker, "c");
        LocalDateTime march = LocalDateTime.of(2019, 3, 10, 9, 0);
        for (var fixture : List.of(new Object[] {a, 2}, new Object[] {b, 4}, new Object[] {c, null})) {
            var received = march.atZone(SHANGHAI).toOffsetDateTime();
            Integer hours = (Integer) fixture[1];
            jdbc.sql("""
                            update inquiry set received_at = ?, first_response_at = ?, first_response_minutes = ?,
                                status = 'IN_PROGRESS' where reference = ?""")
                    .params(
                            received,
                            hours == null ? null : received.plusHours(hours),
                            hours == null ? null : hours * 60,
                            fixture[0])
                    .update();
        }

        String csv = mvc.perform(get("/api/reports/summary.csv")
                        .param("q", marker)
                        .header("Accept-Language", "en")
                        .with(httpBasic(manager, "a long enough password")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(CsvFiles.parse(csv)).singleElement().satisfies(record -> {
            assertThat(record.get("month")).isEqualTo("2019-03");
            assertThat(record.get("product_line")).isEqualTo("High-temperature ceramics");
            assertThat(record.get("status")).isEqualTo("IN_PROGRESS");
            assertThat(record.get("inquiries")).isEqualTo("3");
            assertThat(record.get("median_hours_to_first_response")).isEqualTo("3.00");
            assertThat(record.get("p90_hours_to_first_response")).isEqualTo("3.80");
        });
    }

    private String newStaff(Role role) {
        String username = "rep-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Report " + username, null, role, "a long enough password");
        return username;
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
        return intake.submit(request, IntakeContext.api("10.12.0.1")).reference();
    }
}
