package com.inquirydesk.inquiry.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.AppProcess;
import com.inquirydesk.Application;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention's daily run killed halfway, in a process of its own ({@link RetentionApp}): the batches committed
 * before the kill stay done, the one it interrupted is rolled back, and the restarted process takes the dead run
 * up again (its heartbeat stopped) and finishes it, each inquiry anonymised once. On an H2 file, or with
 * -Ppostgres on PostgreSQL. This test's inquiries were closed in 1990 and the period is 12,000 days, so that on a
 * shared database no other test's inquiry is due.
 */
class RetentionCrashIT {

    private static final int INQUIRIES = 10;
    private static final int BATCH = 2;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void a_run_killed_halfway_is_finished_after_the_restart_each_inquiry_anonymised_once(@TempDir Path data)
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // the test's own instance, with the jobs off: it files the inquiries and reads the database throughout
        // (an H2 file is shared with the app's process by H2's automatic server)
        String url = TestProfiles.onPostgres()
                ? System.getenv("INQUIRY_TEST_PG_URL")
                : "jdbc:h2:file:" + data.resolve("retention") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        Path logs = Files.createDirectories(Path.of("target", "crash"));
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--inquiry.intake.per-ip-limit=100000"));
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=" + url);
        }
        try (var test = new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(arguments.toArray(String[]::new))) {
            JdbcClient jdbc = test.getBean(JdbcClient.class);
            List<String> references = file(test.getBean(IntakeService.class), marker);
            jdbc.sql("""
                            update inquiry set status = 'WON', closed_at = :at, received_at = :at
                            where reference in (:refs)
                            """)
                    .param("at", OffsetDateTime.ofInstant(Instant.parse("1990-05-01T00:00:00Z"), ZoneOffset.UTC))
                    .param("refs", references)
                    .update();
            long versionsBefore = versions(jdbc, references);

            Process halting = start(url, "--halt-in-batch=3", logs.resolve("retention-halt.log"));
            boolean halted;
            try {
                // the daily run made due now, as at 03:30, once the process has scheduled it
                await().atMost(PATIENCE).until(() -> makeDue(jdbc));
                halted = halting.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } finally {
                halting.destroyForcibly().waitFor();
            }
            assertThat(halted).as("the app halted in the third batch").isTrue();
            assertThat(halting.exitValue()).isEqualTo(137);
            Map<String, Instant> before = anonymised(jdbc, references);
            assertThat(before)
                    .as("two batches committed, the third rolled back")
                    .hasSize(2 * BATCH);

            Process restarted = start(url, null, logs.resolve("retention-restart.log"));
            try {
                await().atMost(PATIENCE)
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> anonymised(jdbc, references).size() == INQUIRIES);
                await().atMost(Duration.ofSeconds(30)).until(() -> nextRunScheduled(jdbc));
            } finally {
                restarted.destroy();
                restarted.waitFor(30, TimeUnit.SECONDS);
            }
            Map<String, Instant> after = anonymised(jdbc, references);
            assertThat(after)
                    .as("those done before the kill were not done again")
                    .containsAllEntriesOf(before);
            assertThat(versions(jdbc, references))
                    .as("each inquiry changed once: by its anonymisation")
                    .isEqualTo(versionsBefore + INQUIRIES);
            assertThat(jdbc.sql("select count(*) from inquiry where reference in (:refs) and contact_name <> '—'")
                            .param("refs", references)
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    private static List<String> file(IntakeService intake, String marker) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < INQUIRIES; i++) {
            references.add(intake.submit(
                            new InquiryRequest(
                                    "Crash Retained " + i,
                                    null,
                                    "crash-retained-" + marker + "-" + i + "@example.org",
                                    null,
                                    null,
                                    "ceramics",
                                    "Retention crash " + marker + " " + i,
                                    "Please quote.",
                                    "en",
                                    true,
                                    null),
                            IntakeContext.api("10.98.0." + i))
                    .reference());
        }
        return references;
    }

    /** Makes the scheduled run due now; false while the app's scheduler has not written it yet. */
    private static boolean makeDue(JdbcClient jdbc) {
        return jdbc.sql("""
                        update scheduled_tasks set execution_time = ?
                        where task_name = 'inquiry-retention' and picked = false
                        """)
                        .param(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                        .update()
                == 1;
    }

    /** The run finished: the next one is scheduled, for another day. */
    private static boolean nextRunScheduled(JdbcClient jdbc) {
        return jdbc.sql("""
                        select count(*) from scheduled_tasks
                        where task_name = 'inquiry-retention' and picked = false and execution_time > ?
                        """)
                        .param(OffsetDateTime.now(ZoneOffset.UTC))
                        .query(Long.class)
                        .single()
                == 1;
    }

    private static Map<String, Instant> anonymised(JdbcClient jdbc, List<String> references) {
        var anonymised = new java.util.HashMap<String, Instant>();
        jdbc.sql(
                        "select reference, anonymised_at from inquiry where anonymised_at is not null and reference in (:refs)")
                .param("refs", references)
                .query(row -> {
                    anonymised.put(
                            row.getString("reference"),
                            row.getObject("anonymised_at", OffsetDateTime.class).toInstant());
                });
        return anonymised;
    }

    private static long versions(JdbcClient jdbc, List<String> references) {
        return jdbc.sql("select sum(version) from inquiry where reference in (:refs)")
                .param("refs", references)
                .query(Long.class)
                .single();
    }

    private static Process start(String url, String halt, Path log) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "--inquiry.jobs.enabled=true",
                "--inquiry.jobs.polling-interval=1s",
                "--inquiry.jobs.heartbeat-interval=1s",
                "--inquiry.retention.closed=12000d",
                "--inquiry.retention.spam=12000d",
                "--inquiry.retention.batch=" + BATCH));
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=" + url);
        }
        if (halt != null) {
            arguments.add(halt);
        }
        return AppProcess.start(RetentionApp.class, arguments, log);
    }
}
