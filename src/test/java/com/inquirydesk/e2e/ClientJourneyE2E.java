package com.inquirydesk.e2e;

import static com.inquirydesk.notification.SmtpServer.recipient;
import static com.inquirydesk.notification.SmtpServer.subject;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.notification.SmtpServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ClientJourneyE2E extends BrowserTest {

    static final byte[] DRAWING =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_client_switches_to_chinese_submits_an_inquiry_with_a_drawing_and_gets_both_mails() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "chen.jing." + marker + "@example.cn";
        openPublicPage("");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();
        assertThat(page.locator("h2").first()).hasText("提交咨询");

        field("姓名").fill("陈静");
        field("公司").fill("宜昌耐火材料厂");
        field("电子邮箱").fill(email);
        field("产品线").selectOption(new SelectOption().setLabel("高温陶瓷"));
        field("主题").fill("氧化铝坩埚询价 " + marker);
        String message = "请按附件图纸报价 200 件 1600°C 用坩埚。";
        field("留言").fill(message);
        assertThat(page.locator("#message-counter")).hasText(message.length() + " / 5000 字");
        field("附件").setInputFiles(new FilePayload("图纸.pdf", "application/pdf", DRAWING));
        page.getByLabel("我同意", new Page.GetByLabelOptions().setExact(false)).check();
        button("提交咨询").click();
        page.waitForURL(java.util.regex.Pattern.compile("reference=INQ-"));

        Locator reference = page.locator(".confirmation .reference");
        assertThat(reference).hasText(java.util.regex.Pattern.compile("INQ-\\d{4}-\\d{6}"));
        String shown = reference.textContent();
        assertThat(jdbc.sql("""
                        select a.file_name from inquiry_attachment a join inquiry i on i.id = a.inquiry_id
                        where i.reference = ?""").param(shown).query(String.class).list()).containsExactly("图纸.pdf");

        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> smtp.received().stream()
                                .filter(mail -> mentions(subject(mail), shown))
                                .filter(mail -> recipient(mail).equals(email)
                                        || subject(mail).contains(marker))
                                .toList(),
                        found -> found.size() == 2);
        MimeMessage acknowledgement = mails.stream()
                .filter(mail -> recipient(mail).equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(subject(acknowledgement)).contains("已收到");
        assertThat(SmtpServer.part(acknowledgement, "text/plain"))
                .contains(shown, "您好，")
                .doesNotContain("陈静");
        MimeMessage notification = mails.stream()
                .filter(mail -> !recipient(mail).equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(SmtpServer.part(notification, "text/plain")).contains("氧化铝坩埚询价 " + marker, "New inquiry");
    }

    @Test
    void on_a_phone_the_public_page_has_no_horizontal_scroll_and_every_field_is_reachable() {
        page.setViewportSize(390, 844);
        openPublicPage("?lang=en");

        assertFitsPhone(390, List.of("Name", "Company", "Email", "Phone", "Subject", "Message"), "Send inquiry");
    }
}
