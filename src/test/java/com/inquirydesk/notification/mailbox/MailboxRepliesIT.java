package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The client's answers by mail join their inquiry's timeline, found by the thread's headers or the reference. */
class MailboxRepliesIT extends MailboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    StaffService staff;

    @Autowired
    UserDetailsService users;

    @Autowired
    TriageService triage;

    private StaffMember assignee;

    @BeforeEach
    void logIn() {
        String username = "sales-" + UUID.randomUUID().toString().substring(0, 8);
        assignee = staff.create(username, "Wang Fang", username + "@staff.example.com", Role.SALES, "a long password");
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
    void an_answer_to_the_acknowledgement_joins_the_timeline_reopens_a_quote_and_tells_the_assignee() throws Exception {
        String client = uniqueClient();
        Inquiry inquiry = newInquiry(client, "High-purity iron for a test batch", "Do you sell 99.95% iron powder?");
        jdbc.sql("update inquiry set status = 'QUOTED', assignee_id = ? where id = ?")
                .params(assignee.id(), inquiry.id())
                .update();
        String acknowledgement = messageIdOfMail(inquiry.id(), "ACKNOWLEDGEMENT");

        server.deliver(TestMails.replyTo(
                acknowledgement,
                "We have received your inquiry [" + inquiry.reference() + "]",
                client,
                "Thank you. We would like 300 kg.",
                "We have received your inquiry and will answer within one working day."));

        await().atMost(PATIENCE).until(() -> messages(inquiry.id()) == 2);
        var answer = jdbc.sql(
                        "select body, quoted, automatic from inquiry_message where inquiry_id = ? order by id desc")
                .param(inquiry.id())
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3)))
                .list()
                .getFirst();
        assertThat(answer.get(0)).isEqualTo("Thank you. We would like 300 kg.");
        assertThat(answer.get(1))
                .startsWith("On Tue, 1 Dec 2026")
                .contains("> We have received your inquiry and will answer within one working day.");
        assertThat(answer.get(2)).isIn("false", "FALSE", "0", "f");
        assertThat(statusOf(inquiry.id())).isEqualTo("IN_PROGRESS");
        assertThat(clientAnswered(inquiry.id())).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from inquiry_event
                        where inquiry_id = ? and type = 'STATUS_CHANGED' and actor is null
                          and old_value = 'QUOTED' and new_value = 'IN_PROGRESS'
                        """).param(inquiry.id()).query(Long.class).single()).isOne();
        MimeMessage notice = await().atMost(PATIENCE)
                .until(
                        () -> server.sentTo(assignee.email()).stream()
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(notice.getSubject()).contains(inquiry.reference()).contains("Client answered");

        triage.reply(inquiry.reference(), "300 kg can ship next week.");

        assertThat(clientAnswered(inquiry.id())).isFalse();
        String clientAnswer = jdbc.sql(
                        "select mail_message_id from inquiry_message where inquiry_id = ? order by id desc")
                .param(inquiry.id())
                .query(String.class)
                .list()
                .getFirst();
        MimeMessage reply = await().atMost(PATIENCE)
                .until(
                        () -> server.sentTo(client).stream()
                                .filter(m -> subject(m).startsWith("Re: "))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(MailServer.header(reply, "In-Reply-To")).isEqualTo(clientAnswer);
        assertThat(MailServer.header(reply, "References"))
                .contains(inquiry.messageId())
                .contains(acknowledgement)
                .endsWith(clientAnswer);
        assertThat(MailServer.header(reply, "Reply-To")).isEqualTo(MailServer.ADDRESS);
        assertThat(MailServer.header(reply, "Auto-Submitted")).isNull();
    }

    @Test
    void an_answer_in_chinese_is_folded_at_its_chinese_quote_header() {
        String client = uniqueClient();
        Inquiry inquiry = newInquiry(client, "高纯铁询价", "请报 99.95% 高纯铁粉的价格。");
        String acknowledgement = messageIdOfMail(inquiry.id(), "ACKNOWLEDGEMENT");

        server.deliver(
                TestMails.replyInChineseTo(acknowledgement, "我们已收到您的咨询", client, "谢谢，我们需要 300 公斤。", "我们已收到您的咨询。"));

        await().atMost(PATIENCE).until(() -> messages(inquiry.id()) == 2);
        var answer = jdbc.sql("select body, quoted from inquiry_message where inquiry_id = ? order by id desc")
                .param(inquiry.id())
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2))))
                .list()
                .getFirst();
        assertThat(answer.get(0)).isEqualTo("谢谢，我们需要 300 公斤。");
        assertThat(answer.get(1)).startsWith("在 2026年12月1日").contains("> 我们已收到您的咨询。");
    }

    @Test
    void a_mail_naming_the_reference_in_its_subject_joins_only_from_the_inquiry_own_address() {
        String client = uniqueClient();
        Inquiry inquiry = newInquiry(client, "Magnetic materials", "Ferrite cores, 10,000 pieces.");

        server.deliver(MailServer.unique(TestMails.plain(
                client.toUpperCase(), "About " + inquiry.reference(), "Can you also quote 20,000 pieces?")));
        await().atMost(PATIENCE).until(() -> messages(inquiry.id()) == 2);

        String stranger = uniqueClient();
        byte[] strangers =
                MailServer.unique(TestMails.plain(stranger, "About " + inquiry.reference(), "I guessed a reference."));
        server.deliver(strangers);
        await().atMost(PATIENCE).until(() -> inquiryOf(MailServer.messageIdOf(strangers)) != null);
        assertThat(inquiryOf(MailServer.messageIdOf(strangers))).isNotEqualTo(inquiry.id());
        assertThat(messages(inquiry.id())).isEqualTo(2);
    }

    record Inquiry(long id, String reference, String messageId) {}

    private Inquiry newInquiry(String client, String subject, String text) {
        byte[] mail = MailServer.unique(TestMails.plain(client, subject, text));
        String messageId = MailServer.messageIdOf(mail);
        server.deliver(mail);
        Long id = await().atMost(PATIENCE).until(() -> inquiryOf(messageId), found -> found != null);
        String reference = jdbc.sql("select reference from inquiry where id = ?")
                .param(id)
                .query(String.class)
                .single();
        await().atMost(PATIENCE).until(() -> !server.sentTo(client).isEmpty());
        return new Inquiry(id, reference, messageId);
    }

    private String messageIdOfMail(long inquiryId, String kind) {
        return jdbc.sql("select message_id from outbound_mail where inquiry_id = ? and kind = ?")
                .params(inquiryId, kind)
                .query(String.class)
                .single();
    }

    private long messages(long inquiryId) {
        return jdbc.sql("select count(*) from inquiry_message where inquiry_id = ?")
                .param(inquiryId)
                .query(Long.class)
                .single();
    }

    private String statusOf(long inquiryId) {
        return jdbc.sql("select status from inquiry where id = ?")
                .param(inquiryId)
                .query(String.class)
                .single();
    }

    private boolean clientAnswered(long inquiryId) {
        return jdbc.sql("select client_answered_at from inquiry where id = ?")
                        .param(inquiryId)
                        .query((rs, n) -> rs.getObject(1))
                        .list()
                        .getFirst()
                != null;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueClient() {
        return "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }
}
