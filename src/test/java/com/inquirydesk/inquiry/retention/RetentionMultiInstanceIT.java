package com.inquirydesk.inquiry.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.Application;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database, both with the daily jobs on: when the retention's run is due, one instance runs
 * it and each due inquiry is anonymised exactly once. Runs with -Ppostgres only (the pom leaves out every
 * *MultiInstanceIT otherwise). The retention period is set so long (9,000 days) that only this test's inquiries,
 * closed in the year 2000, are due on the shared database.
 */
class RetentionMultiInstanceIT {

    private static final int INQUIRIES = 30;

    @Test
    void a_due_run_on_two_instances_anonymises_each_inquiry_exactly_once() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--inquiry.jobs.enabled=true",
                "--inquiry.jobs.polling-interval=1s",
                "--inquiry.retention.closed=9000d",
                "--inquiry.retention.spam=9000d",
                "--inquiry.retention.batch=7",
                "--inquiry.intake.per-ip-limit=100000",
                "--logging.level.com.inquirydesk=warn"));
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:retention-" + marker + ";DB_CLOSE_DELAY=-1");
        }
        try (var first = start(arguments);
                var second = start(arguments)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            IntakeService intake = first.getBean(IntakeService.class);
            List<String> references = new ArrayList<>();
            for (int i = 0; i < INQUIRIES; i++) {
                references.add(intake.submit(
                                new InquiryRequest(
                                        "Retained " + i,
                                        null,
                                        "retained-" + marker + "-" + i + "@example.org",
                                        null,
                                        null,
                                        "ceramics",
                                        "Retention " + marker + " " + i,
                                        "Please quote.",
                                        "en",
                                        true,
                                        null),
                                IntakeContext.api("10.99.0." + (i % 200)))
                        .reference());
            }
            OffsetDateTime longAgo = OffsetDateTime.ofInstant(Instant.parse("2000-01-15T00:00:00Z"), ZoneOffset.UTC);
            jdbc.sql("""
                            update inquiry set status = 'WON', closed_at = :at, received_at = :at
                            where reference in (:refs)
                            """).param("at", longAgo).param("refs", references).update();
            long versionsBefore = versions(jdbc, references);

            // the daily run made due now, as at 03:30
            jdbc.sql("update scheduled_tasks set execution_time = ? where task_name = 'inquiry-retention'")
                    .param(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                    .update();

            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> anonymised(jdbc, references) == INQUIRIES);
            assertThat(versions(jdbc, references))
                    .as("each inquiry changed once: by its anonymisation")
                    .isEqualTo(versionsBefore + INQUIRIES);
            assertThat(jdbc.sql("select count(distinct anonymised_at) from inquiry where reference in (:refs)")
                            .param("refs", references)
                            .query(Long.class)
                            .single())
                    .as("one run: its batches in one instance")
                    .isLessThanOrEqualTo((INQUIRIES + 6) / 7);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("""
                                    select count(*) from scheduled_tasks
                                    where task_name = 'inquiry-retention' and last_success is not null
                                    and execution_time > ?
                                    """)
                                    .param(OffsetDateTime.now(ZoneOffset.UTC))
                                    .query(Long.class)
                                    .single()
                            == 1);
        }
    }

    private static long anonymised(JdbcClient jdbc, List<String> references) {
        return jdbc.sql("select count(*) from inquiry where anonymised_at is not null and reference in (:refs)")
                .param("refs", references)
                .query(Long.class)
                .single();
    }

    private static long versions(JdbcClient jdbc, List<String> references) {
        return jdbc.sql("select sum(version) from inquiry where reference in (:refs)")
                .param("refs", references)
                .query(Long.class)
                .single();
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(arguments.toArray(String[]::new));
    }
}
