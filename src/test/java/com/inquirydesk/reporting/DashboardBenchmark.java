package com.inquirydesk.reporting;

import com.inquirydesk.TestProfiles;
import com.inquirydesk.bench.SeededBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Times all the dashboard's figures over the seeded inquiries (two years of them; the dashboard's default
 * range is the last twelve months); writes {@code target/dashboard-benchmark.md}. It asserts no timing.
 */
class DashboardBenchmark extends SeededBenchmark {

    private static final int RUNS = 10;
    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");

    @Autowired
    DashboardService dashboard;

    @Test
    void all_dashboard_figures_over_many_inquiries() throws IOException {
        double seedSeconds = seed();
        indexSeconds(); // H2's text index catches up after the seeding: not beside the timed queries
        signIn("ROLE_MANAGER", "ROLE_SALES");
        LocalDate today = LocalDate.now(COMPANY);
        var report = new StringBuilder("# Dashboard\n\n");
        report.append("Seeded %,d inquiries in %.1f s on %s%n%n"
                .formatted(ROWS, seedSeconds, TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)"));
        report.append("| figures for | p50 | p95 | the same queries in plain SQL, one after another: p50 |\n");
        report.append("| --- | --- | --- | --- |\n");
        for (int months : new int[] {1, 12, 24}) {
            LocalDate from = today.minusMonths(months).plusDays(1);
            double[] app = sortedMillis(2, RUNS, () -> dashboard.figures(new DashboardRange(from, today, false)));
            double[] sql = sortedMillis(2, RUNS, () -> sameQueriesInSql(from, today));
            report.append("| the last %d month(s) | %.0f ms | %.0f ms | %.0f ms |%n"
                    .formatted(months, median(app), p95(app), median(sql)));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dashboard-benchmark.md"), report);
    }

    /**
     * The dashboard's queries written as plain SQL and run through JDBC one after another: what the database
     * alone takes on this machine at this moment, to read the app's figure against.
     */
    private void sameQueriesInSql(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(COMPANY);
        OffsetDateTime start = at(from);
        OffsetDateTime end = at(to.plusDays(1));
        // spam left out, as the dashboard counts by default, and in the app's words (InquiryPredicates.statusIn)
        String counted = "status not in ('SPAM')";
        String count = "select count(1) from inquiry where received_at >= ? and received_at < ? and " + counted;
        jdbc.queryForObject(count, Long.class, at(today), at(today.plusDays(1)));
        jdbc.queryForObject(count, Long.class, at(today.with(DayOfWeek.MONDAY)), at(today.plusDays(1)));
        jdbc.queryForObject(
                "select count(1) from inquiry where status in ('NEW', 'IN_PROGRESS', 'QUOTED')", Long.class);
        jdbc.queryForObject(
                "select count(1) from inquiry where status = 'NEW' and received_at < ?",
                Long.class,
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(24));
        jdbc.queryForList("""
                select product_line_id, status, count(*) from inquiry where received_at >= ? and received_at < ?
                group by product_line_id, status""", start, end);
        for (LocalDate month = from.withDayOfMonth(1); month.isBefore(to.plusDays(1)); month = month.plusMonths(1)) {
            LocalDate first = month.isBefore(from) ? from : month;
            LocalDate next = month.plusMonths(1).isAfter(to) ? to.plusDays(1) : month.plusMonths(1);
            jdbc.queryForObject(count, Long.class, at(first), at(next));
        }
        jdbc.queryForList("""
                select product_line_id, first_response_minutes, count(*) from inquiry
                where received_at >= ? and received_at < ? and first_response_minutes is not null and %s
                group by product_line_id, first_response_minutes""".formatted(counted), start, end);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay(COMPANY).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
