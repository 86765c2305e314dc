package com.inquirydesk.e2e;

import static com.inquirydesk.notification.SmtpServer.recipient;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.notification.mailbox.MailServer;
import com.inquirydesk.notification.mailbox.TestMails;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A client who writes to the company's mailbox, in a real browser: the mail becomes an inquiry, staff answer it,
 * and the client's answer to that reply joins the inquiry's timeline and marks its row in the grid. The mailbox is
 * the shared IMAP server of the mailbox tests; replies go out over the journeys' own SMTP server.
 */
@TestPropertySource(properties = "inquiry.mail.reply-to=" + MailServer.ADDRESS)
class MailboxJourneyE2E extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final MailServer mailbox = MailServer.shared();

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        mailbox.reader().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_clients_mail_becomes_an_inquiry_is_answered_and_the_clients_answer_joins_its_timeline() {
        String client = "wang." + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        byte[] mail = MailServer.unique(TestMails.plain("王芳 <" + client + ">", "高纯铁询价", "请报 99.95% 高纯铁粉 300 公斤的价格。"));
        String clientMessageId = MailServer.messageIdOf(mail);
        mailbox.deliver(mail);
        String reference = await().atMost(PATIENCE)
                .until(
                        () -> jdbc.sql("select i.reference from inquiry i join inbound_message m on m.inquiry_id = i.id"
                                        + " where m.message_id = ? and i.source = 'EMAIL'")
                                .param(clientMessageId)
                                .query(String.class)
                                .optional()
                                .orElse(null),
                        found -> found != null);

        login(newStaff(Role.SALES), PASSWORD);
        field("Search reference, name, company, email, subject, message").fill(client);
        Locator row =
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        row.click();
        page.waitForURL(url -> url.contains("/inquiries/" + reference));
        settle();
        assertThat(page.locator("body")).containsText("Email");
        assertThat(page.locator(".timeline")).containsText("请报 99.95% 高纯铁粉 300 公斤的价格。");

        page.getByLabel(Pattern.compile("^Reply to the client by email")).fill("您好，300 公斤 99.95% 高纯铁粉每公斤 120 元。");
        button("Send reply").click();
        settle();
        Locator preview = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Send this reply?"));
        assertThat(preview).containsText(client);
        button("Send").click();
        settle();

        MimeMessage reply = await().atMost(PATIENCE)
                .until(
                        () -> smtp.received().stream()
                                .filter(sent -> recipient(sent).equals(client)
                                        && clientMessageId.equals(MailServer.header(sent, "In-Reply-To")))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(MailServer.header(reply, "Reply-To")).isEqualTo(MailServer.ADDRESS);
        String replySubject = subjectOf(reply);
        assertThat(replySubject).contains(reference);

        mailbox.deliver(TestMails.replyTo(
                MailServer.messageIdOf(reply),
                replySubject,
                "王芳 <" + client + ">",
                "谢谢，请按 300 公斤开形式发票。",
                "您好，300 公斤 99.95% 高纯铁粉每公斤 120 元。"));
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("select count(*) from inquiry_message m join inquiry i on i.id = m.inquiry_id"
                                        + " where i.reference = ?")
                                .param(reference)
                                .query(Long.class)
                                .single()
                        == 2);

        page.reload();
        settle();
        Locator answer = page.locator(".timeline-client_message")
                .filter(new Locator.FilterOptions().setHasText("谢谢，请按 300 公斤开形式发票。"));
        assertThat(answer).hasCount(1);
        Locator quoted = answer.locator(".timeline-quoted");
        assertThat(quoted).not().isVisible();
        answer.getByText("Show quoted text").click();
        assertThat(quoted).isVisible();
        assertThat(quoted).containsText("每公斤 120 元");

        open("/inquiries");
        field("Search reference, name, company, email, subject, message").fill(client);
        Locator answered = page.locator("vaadin-grid-cell-content span.badge.client-answered:visible");
        assertThat(answered).hasCount(1);
        assertThat(answered).hasText("Client answered");
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
