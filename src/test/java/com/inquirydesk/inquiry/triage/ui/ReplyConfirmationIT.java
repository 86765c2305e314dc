package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.inquirydesk.MailViewTest;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.notification.SmtpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reply is shown as the client will get it before it goes; only Send in that dialog sends it. */
class ReplyConfirmationIT extends MailViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_dialog_shows_recipient_subject_and_text_and_cancel_sends_nothing() {
        String client = "cancel-" + UUID.randomUUID() + "@example.com";
        String reference = submit(client, "Alumina crucibles");
        String sales = newStaff("SALES");
        login(sales);
        InquiryDetailView detail = open(reference);

        _setValue(detail.reply, "The price is 85 EUR a piece.\nDelivery in two weeks.");
        _click(detail.sendReply);

        ReplyConfirmation dialog = _get(ReplyConfirmation.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively())
                .contains(client, "Re: Alumina crucibles [" + reference + "]");
        assertThat(dialog.body.getText())
                .contains(
                        "Dear Mia Chen,",
                        "The price is 85 EUR a piece.\nDelivery in two weeks.",
                        "Staff " + sales,
                        "Your reference: " + reference);

        _click(dialog.cancel);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(replyMails(reference)).isZero();
        assertThat(timelineKinds(reference)).doesNotContain("REPLY");
        assertThat(detail.reply.getValue())
                .as("kept, to be changed")
                .isEqualTo("The price is 85 EUR a piece.\nDelivery in two weeks.");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void send_in_the_dialog_sends_one_mail_as_it_was_shown_and_says_where_it_went() throws Exception {
        String client = "send-" + UUID.randomUUID() + "@example.com";
        String reference = submit(client, "Iron powder");
        login(newStaff("SALES"));
        InquiryDetailView detail = open(reference);
        _setValue(detail.reply, "We can deliver 5 t in May.");
        _click(detail.sendReply);
        ReplyConfirmation dialog = _get(ReplyConfirmation.class);
        String shown = dialog.body.getText();

        _click(dialog.send);

        NotificationsKt.expectNotifications("Reply queued for " + client
                + ": it goes out in a moment, and the timeline shows when it has been sent.");
        assertThat(replyMails(reference)).isEqualTo(1);
        assertThat(timelineKinds(reference)).containsOnlyOnce("REPLY");
        assertThat(detail.reply.getValue()).isEmpty();
        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> repliesTo(client), replies -> !replies.isEmpty())
                .getFirst();
        assertThat(repliesTo(client)).hasSize(1);
        assertThat(SmtpServer.subject(mail)).isEqualTo("Re: Iron powder [" + reference + "]");
        assertThat(SmtpServer.part(mail, "text/plain").strip()).isEqualTo(shown.strip());
    }

    @Test
    void the_dialog_and_the_message_after_sending_are_in_chinese_on_a_chinese_screen() {
        String client = "zh-" + UUID.randomUUID() + "@example.cn";
        String reference = submit(client, "坩埚");
        login(newStaff("SALES"));
        InquiryDetailView detail = open(reference);
        _click(_get(LanguageSwitcher.class));
        _setValue(detail.reply, "您好，每件 85 元。");
        _click(detail.sendReply);

        ReplyConfirmation dialog = _get(ReplyConfirmation.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("发送此答复？");
        assertThat(dialog.send.getText()).isEqualTo("发送");
        assertThat(dialog.cancel.getText()).isEqualTo("取消");
        _click(dialog.send);

        NotificationsKt.expectNotifications("答复已排队，将发送至 " + client + "；发出后时间线会显示。");
        assertThat(_find(ReplyConfirmation.class)).isEmpty();
    }

    private InquiryDetailView open(String reference) {
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        return _get(InquiryDetailView.class);
    }

    private String submit(String email, String subject) {
        var request = new InquiryRequest(
                "Mia Chen", null, email, null, null, "ceramics", subject, "Please quote.", "en", true, null);
        return intake.submit(request, IntakeContext.api("10.8.3.1")).reference();
    }

    private long replyMails(String reference) {
        return jdbc.sql("""
                        select count(*) from outbound_mail m join inquiry i on i.id = m.inquiry_id
                        where i.reference = ? and m.kind = 'REPLY'""").param(reference).query(Long.class).single();
    }

    private List<String> timelineKinds(String reference) {
        return jdbc.sql("""
                        select e.type from inquiry_event e join inquiry i on i.id = e.inquiry_id
                        where i.reference = ?""").param(reference).query(String.class).list();
    }

    private static List<MimeMessage> repliesTo(String client) {
        return smtp.received().stream()
                .filter(mail -> SmtpServer.recipient(mail).equals(client)
                        && SmtpServer.subject(mail).startsWith("Re:"))
                .toList();
    }
}
