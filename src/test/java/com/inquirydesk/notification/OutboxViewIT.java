package com.inquirydesk.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.inquirydesk.MailViewTest;
import com.inquirydesk.audit.AuditRecord;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OutboxViewIT extends MailViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    OutboxAdministration outbox;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_sends_a_failed_mail_again_and_it_arrives() throws Exception {
        String client = submitAndDeliver();
        long mailId = ackOf(client);
        jdbc.sql("update outbound_mail set state = 'FAILED', attempts = 10, last_error = 'Connection refused'"
                        + " where id = ?")
                .param(mailId)
                .update();
        long toClientBefore = mailsTo(client);
        String admin = newStaff("ADMIN");
        login(admin);

        UI.getCurrent().navigate(OutboxView.class);
        var view = _get(OutboxView.class);
        _setValue(view.state, MailState.FAILED);
        _setValue(view.recipient, client);
        assertThat(view.grid.getGenericDataView().getItems()).singleElement().satisfies(mail -> {
            assertThat(mail.lastError()).isEqualTo("Connection refused");
            assertThat(mail.attempts()).isEqualTo(10);
        });
        assertThat(view.noSmtpBanner.isVisible())
                .as("the banner with an SMTP server")
                .isFalse();
        retryAndExpectOneMore(view, admin, client, mailId, toClientBefore);
    }

    @Test
    void an_administrator_cancels_a_waiting_mail_and_it_is_never_sent() {
        String client = submitAndDeliver();
        long mailId = ackOf(client);
        jdbc.sql("update outbound_mail set state = 'PENDING', sent_at = null,"
                        + " next_attempt_at = next_attempt_at + interval '1' day where id = ?")
                .param(mailId)
                .update();
        String admin = newStaff("ADMIN");
        login(admin);

        UI.getCurrent().navigate(OutboxView.class);
        var view = _get(OutboxView.class);
        _setValue(view.recipient, client);
        _click(rowAction(view.grid, mail -> mail.id() == mailId, view.getTranslation("outbox.details")));
        _click(_get(_get(MailDialog.class), Button.class, spec -> spec.withText(view.getTranslation("outbox.cancel"))));

        assertThat(stateOf(mailId)).isEqualTo("CANCELLED");
        assertThat(_find(MailDialog.class)).as("the dialog of the changed mail").isEmpty();
        assertThatThrownBy(() -> outbox.retry(mailId)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outbox.cancel(mailId)).isInstanceOf(InvalidInputException.class);
        assertThat(audit.newestFirst(admin, "outbox.cancelled", 0, 10))
                .extracting(AuditRecord::target)
                .contains("mail:" + mailId);
    }

    @Test
    void a_waiting_mail_is_retried_at_once_without_waiting_out_its_pause_and_the_retry_is_recorded() {
        String client = submitAndDeliver();
        long mailId = ackOf(client);
        jdbc.sql("update outbound_mail set state = 'PENDING', sent_at = null, attempts = 3,"
                        + " last_error = 'Connection refused', next_attempt_at = next_attempt_at + interval '1' day"
                        + " where id = ?")
                .param(mailId)
                .update();
        long toClientBefore = mailsTo(client);
        String admin = newStaff("ADMIN");
        login(admin);

        UI.getCurrent().navigate(OutboxView.class);
        var view = _get(OutboxView.class);
        _setValue(view.recipient, client);
        retryAndExpectOneMore(view, admin, client, mailId, toClientBefore);
    }

    @Test
    void a_mail_shows_its_headers_and_bodies_as_sent_and_its_html_without_anything_that_runs() {
        String client = submitAndDeliver();
        long mailId = ackOf(client);
        jdbc.sql("update outbound_mail set state = 'FAILED', last_error = 'Connection refused',"
                        + " body_html = '<p>Dear <b>client</b></p><script>alert(1)</script>"
                        + "<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">link</a>' where id = ?")
                .param(mailId)
                .update();
        String bodyText = jdbc.sql("select body_text from outbound_mail where id = ?")
                .param(mailId)
                .query(String.class)
                .single();
        login(newStaff("ADMIN"));

        UI.getCurrent().navigate(OutboxView.class);
        var view = _get(OutboxView.class);
        _setValue(view.recipient, client);
        var mail = GridKt._get(view.grid, 0);
        GridKt._clickItem(view.grid, 0);

        var dialog = _get(MailDialog.class);
        String headers = dialog.headers.getElement().getTextRecursively();
        assertThat(headers)
                .contains("From", "Inquiry Desk <noreply@localhost>")
                .contains("To", client)
                .contains("Subject", mail.subject())
                .contains("Sent", view.time(mail.sentAt()))
                .contains("Failed", "Connection refused");
        assertThat(dialog.text.getText()).isEqualTo(bodyText).isNotBlank();
        String html = dialog.html.getElement().getProperty("innerHTML");
        assertThat(html)
                .contains("<p>Dear <b>client</b></p>", "link")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onerror", "javascript:", "<img");
        assertThat(_find(
                        dialog,
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withText(view.getTranslation("outbox.retry"))))
                .as("a failed mail can be retried from its details")
                .hasSize(1);
    }

    /** Submits an inquiry and waits until its mails are sent; returns the client's address. */
    private String submitAndDeliver() {
        String client = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        intake.submit(
                new InquiryRequest(
                        "Outbox Client",
                        null,
                        client,
                        null,
                        null,
                        "natural-gas",
                        "Gas supply",
                        "Please quote.",
                        "en",
                        true,
                        null),
                IntakeContext.api("10.40.0.1"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from outbound_mail m join inquiry i on m.inquiry_id = i.id"
                                        + " where i.email = ? and m.state = 'SENT'")
                                .param(client)
                                .query(Long.class)
                                .single()
                        == 2);
        return client;
    }

    /** Mails GreenMail received for this address; other tests' mails may arrive meanwhile (shared database). */
    private static long mailsTo(String address) {
        return smtp.received().stream()
                .filter(mail -> SmtpServer.recipient(mail).equals(address))
                .count();
    }

    private long ackOf(String client) {
        return jdbc.sql("select id from outbound_mail where primary_recipient = ? and kind = 'ACKNOWLEDGEMENT'")
                .param(client)
                .query(Long.class)
                .single();
    }

    private String stateOf(long mailId) {
        return jdbc.sql("select state from outbound_mail where id = ?")
                .param(mailId)
                .query(String.class)
                .single();
    }

    /** Retries the mail from its row; it is sent once more, and the retry is in the audit trail. */
    private void retryAndExpectOneMore(OutboxView view, String admin, String client, long mailId, long toClientBefore) {
        _click(rowAction(view.grid, mail -> mail.id() == mailId, view.getTranslation("outbox.retry")));

        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(mailId).equals("SENT"));
        assertThat(mailsTo(client)).as("the acknowledgement once more").isEqualTo(toClientBefore + 1);
        assertThat(audit.newestFirst(admin, "outbox.resent", 0, 10))
                .extracting(AuditRecord::target)
                .contains("mail:" + mailId);
    }
}
