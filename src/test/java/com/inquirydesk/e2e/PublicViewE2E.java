package com.inquirydesk.e2e;

import static com.inquirydesk.notification.SmtpServer.subject;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public Vaadin view at {@code /}, in Chromium: a Chinese inquiry with a drawing, and the view on a phone. */
class PublicViewE2E extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_client_sends_a_chinese_inquiry_with_a_drawing_and_sees_its_reference_and_summary() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "wang.fang." + marker + "@example.cn";
        open("/?lang=zh");
        assertThat(page.locator(".public-form h2")).hasText("提交咨询");

        field("姓名").fill("王芳");
        field("电子邮箱").fill(email);
        Locator line = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("产品线"));
        line.click();
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("高温陶瓷"))
                .click();
        field("主题").fill("坩埚询价 " + marker);
        field("留言").fill("请按图纸报价 200 件坩埚。");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("图纸.pdf", "application/pdf", ClientJourneyE2E.DRAWING));
        assertThat(page.locator("vaadin-upload-file")).hasCount(1);
        page.getByLabel("我同意", new Page.GetByLabelOptions().setExact(false)).check();
        page.waitForTimeout(2_100); // a person takes longer than the minimum fill time of the test profile
        button("提交咨询").click();

        Locator sent = page.locator(".inquiry-sent");
        assertThat(sent).isVisible();
        assertThat(sent.locator(".reference-number")).hasText(java.util.regex.Pattern.compile("INQ-\\d{4}-\\d{6}"));
        String reference = sent.locator(".reference-number").textContent();
        assertThat(sent).containsText("图纸.pdf");
        assertThat(sent).containsText("坩埚询价 " + marker);
        assertThat(sent).containsText("高温陶瓷");
        assertThat(jdbc.sql("""
                        select a.file_name from inquiry_attachment a join inquiry i on i.id = a.inquiry_id
                        where i.reference = ?""").param(reference).query(String.class).list()).containsExactly("图纸.pdf");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> smtp.received().stream()
                                .filter(mail -> subject(mail).contains(reference))
                                .count()
                        == 2);
    }

    @Test
    void on_a_phone_the_view_has_no_horizontal_scroll_and_every_field_is_reachable() {
        page.setViewportSize(390, 844);
        open("/?lang=en");

        assertFitsPhone(390, List.of("Name", "Company", "Email", "Phone", "Subject", "Message"), "Send inquiry");
    }
}
