package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** An SMTP server that never answers: every mail ends FAILED after the configured attempts. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "inquiry.mail.poll-interval=100ms",
            "inquiry.mail.initial-backoff=100ms",
            "inquiry.mail.max-backoff=200ms",
            "inquiry.mail.max-attempts=3"
        })
class MailFailureIT {

    /** A port nothing listens on: connections are refused at once. */
    private static final SmtpServer closed = new SmtpServer();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> closed.port);
    }

    @Autowired
    IntakeService intake;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_mail_that_keeps_failing_ends_failed_after_the_configured_attempts_with_the_error_recorded() {
        var request = new InquiryRequest(
                "Wang",
                null,
                "fail-" + UUID.randomUUID() + "@example.cn",
                null,
                null,
                "ceramics",
                "询价",
                "请报价。",
                "zh",
                true,
                null);
        String reference = intake.submit(request, IntakeContext.api("10.6.0.1")).reference();
        long inquiryId = jdbc.sql("select id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> outbox.mailsOf(inquiryId).stream().allMatch(mail -> mail.state() == MailState.FAILED));

        assertThat(outbox.mailsOf(inquiryId)).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.attempts()).isEqualTo(3);
            assertThat(mail.lastError()).contains("MailSendException").containsIgnoringCase("connect");
            assertThat(mail.sentAt()).isNull();
        });
        assertThat(outbox.backlog()).isZero();
    }
}
