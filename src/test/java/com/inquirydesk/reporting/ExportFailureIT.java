package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A report that cannot be finished must not reach the client as a complete-looking file: over real HTTP, a
 * failure midway makes the client's read fail, and a failure before the first row is an ordinary 500 problem.
 * The failure is a row the mapping cannot read (a source or status no version of the app wrote).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(IntegrationTest.TestClock.class)
@ExtendWith(OutputCaptureExtension.class)
class ExportFailureIT {

    private static final String PASSWORD = "a long enough password";
    /** Enough rows (about 600 KB) that the response is committed long before the unreadable one. */
    private static final int ROWS = 3_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staff;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();
    private String marker;
    private String manager;

    @BeforeEach
    void seed() {
        marker = "x" + UUID.randomUUID().toString().substring(0, 8);
        manager = "exp-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(manager, "Export " + manager, null, Role.MANAGER, PASSWORD);
    }

    /** On a database the tests share (PostgreSQL), unreadable rows would break every later test that reads. */
    @AfterEach
    void removeRows() {
        ExportTestRows.delete(jdbc, marker);
    }

    @Test
    void a_failure_after_rows_went_out_makes_the_clients_read_fail(CapturedOutput log) throws Exception {
        insert(ROWS, Instant.parse("2020-01-01T00:00:00Z"));
        insertUnreadable(Instant.parse("2020-06-01T00:00:00Z")); // the last row in received order
        double failuresBefore = failures();

        HttpResponse<InputStream> response = http.send(
                report("/api/reports/inquiries.csv?sort=received&q=" + marker),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        long[] bytes = {0};
        assertThatThrownBy(() -> {
                    try (InputStream body = response.body()) {
                        int n;
                        var buffer = new byte[8192];
                        while ((n = body.read(buffer)) >= 0) {
                            bytes[0] += n;
                        }
                    }
                })
                .as("the download must fail, not end cleanly")
                .isInstanceOf(IOException.class);
        assertThat(bytes[0]).as("rows went out before the failure").isGreaterThan(64 * 1024);
        assertThat(failures()).isEqualTo(failuresBefore + 1);
        assertThat(log.getAll())
                .as("one WARN line with who, what and how far; no stack trace, no error page dispatched")
                .containsOnlyOnce("The inquiries export for " + manager + " failed after " + ROWS + " rows")
                .doesNotContain("ExportFailedException")
                .doesNotContain("Servlet.service()")
                .doesNotContain("Access Denied")
                .doesNotContain("Response already committed");
    }

    @Test
    void a_failure_before_the_first_row_is_a_problem_response() throws Exception {
        insertUnreadable(Instant.parse("2019-01-01T00:00:00Z")); // the first row in received order
        insert(10, Instant.parse("2020-01-01T00:00:00Z"));

        HttpResponse<String> response = http.send(
                report("/api/reports/inquiries.csv?sort=received&q=" + marker), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(response.body()).contains("\"status\":500").doesNotContain(marker);
    }

    @Test
    void a_summary_that_cannot_be_made_is_a_problem_response_not_an_empty_file() throws Exception {
        insert(10, Instant.parse("2020-01-01T00:00:00Z"));
        ExportTestRows.insertUnknownStatus(jdbc, marker, Instant.parse("2020-06-01T00:00:00Z"));

        HttpResponse<String> response =
                http.send(report("/api/reports/summary.csv?q=" + marker), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }

    private HttpRequest report(String path) {
        String credentials =
                Base64.getEncoder().encodeToString((manager + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .build();
    }

    private double failures() {
        var counter = meters.find("inquiry.export.failures")
                .tag("report", "inquiries")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void insert(int rows, Instant from) {
        ExportTestRows.insert(jdbc, marker, rows, from);
    }

    private void insertUnreadable(Instant at) {
        ExportTestRows.insertUnreadable(jdbc, marker, at);
    }
}
