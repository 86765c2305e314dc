package com.inquirydesk.reporting;

import com.inquirydesk.TestProfiles;
import com.inquirydesk.bench.BenchData;
import com.inquirydesk.bench.SeededBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Times all the dashboard's figures over the seeded inquiries (two years of them; the dashboard's default
 * range is the last twelve months); writes {@code target/dashboard-benchmark.md}. It asserts no timing.
 */
class DashboardBenchmark extends SeededBenchmark {

    private static final int RUNS = 10;

    @Autowired
    DashboardService dashboard;

    @Test
    void all_dashboard_figures_over_many_inquiries() throws IOException {
        double seedSeconds = seed();
        signIn("ROLE_MANAGER", "ROLE_SALES");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var report = new StringBuilder("# Dashboard\n\n");
        report.append("Seeded %,d inquiries in %.1f s on %s%n%n"
                .formatted(ROWS, seedSeconds, TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)"));
        report.append("| figures for | p50 | p95 |\n| --- | --- | --- |\n");
        for (int months : new int[] {1, 12, 24}) {
            LocalDate from = today.minusMonths(months).plusDays(1);
            for (int i = 0; i < 2; i++) {
                dashboard.figures(from, today);
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                BenchData.touch(jdbc);
                long start = System.nanoTime();
                dashboard.figures(from, today);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            report.append("| the last %d month(s) | %.0f ms | %.0f ms |%n"
                    .formatted(months, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dashboard-benchmark.md"), report);
    }
}
