package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * With the poll an hour apart (it runs once at start, on an empty outbox), mails can only reach the SMTP server
 * through {@link MailQueued}: every kind must go out as soon as the transaction that queued it commits.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "inquiry.mail.poll-interval=1h"})
class ImmediateDeliveryIT {

    private static final SmtpServer smtp = new SmtpServer();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.port);
    }

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Autowired
    OutboxAdministration outbox;

    @Autowired
    StaffService staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void logIn() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Staff " + username, null, Role.ADMIN, "a long enough password");
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_notification_and_the_acknowledgement_of_an_inquiry_go_out_without_waiting_for_the_poll() {
        String client = uniqueEmail();

        String reference = submit(client);

        await().atMost(PATIENCE).until(() -> mentioning(reference) == 2);
        assertThat(mailsTo(client)).isEqualTo(1);
    }

    @Test
    void a_staff_reply_goes_out_without_waiting_for_the_poll() {
        String client = uniqueEmail();
        String reference = submit(client);
        await().atMost(PATIENCE).until(() -> mailsTo(client) == 1);

        triage.reply(reference, "Thank you: 200 crucibles can ship in three weeks.");

        await().atMost(PATIENCE).until(() -> mailsTo(client) == 2);
    }

    @Test
    void a_failed_mail_sent_again_goes_out_without_waiting_for_the_poll() {
        String client = uniqueEmail();
        submit(client);
        await().atMost(PATIENCE).until(() -> mailsTo(client) == 1);
        long acknowledgement = jdbc.sql("select id from outbound_mail where primary_recipient = ?")
                .param(client)
                .query(Long.class)
                .single();
        // the SMTP server can hold the mail a moment before the dispatcher records it as sent: after that, not before
        await().atMost(PATIENCE)
                .until(() -> "SENT"
                        .equals(jdbc.sql("select state from outbound_mail where id = ?")
                                .param(acknowledgement)
                                .query(String.class)
                                .single()));
        jdbc.sql("update outbound_mail set state = 'FAILED', attempts = 10 where id = ?")
                .param(acknowledgement)
                .update();

        outbox.retry(acknowledgement);

        await().atMost(PATIENCE).until(() -> mailsTo(client) == 2);
    }

    private String submit(String email) {
        var request = new InquiryRequest(
                "Test Client", null, email, null, null, "ceramics", "Crucibles", "200 pieces.", "en", true, null);
        return intake.submit(request, IntakeContext.api("10.8.0.1")).reference();
    }

    private long mentioning(String reference) {
        return smtp.received().stream()
                .filter(mail -> SmtpServer.subject(mail).contains(reference))
                .count();
    }

    private long mailsTo(String address) {
        return smtp.received().stream()
                .filter(mail -> SmtpServer.recipient(mail).equals(address))
                .count();
    }

    private static String uniqueEmail() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }
}
