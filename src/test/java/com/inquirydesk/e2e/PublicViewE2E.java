package com.inquirydesk.e2e;

import static com.inquirydesk.notification.SmtpServer.recipient;
import static com.inquirydesk.notification.SmtpServer.subject;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.domain.AttachmentRepository;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public Vaadin view at {@code /}, in Chromium: a Chinese inquiry with a drawing on a desktop and on a phone,
 * and the English view on a phone.
 */
class PublicViewE2E extends BrowserTest {

    private static final List<String> CHINESE_FIELDS = List.of("姓名", "公司", "电子邮箱", "电话", "主题", "留言");

    @Autowired
    InquiryRepository inquiries;

    @Autowired
    AttachmentRepository attachments;

    @Test
    void a_client_sends_a_chinese_inquiry_with_a_drawing_and_sees_its_reference_and_summary() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "wang.fang." + marker + "@example.cn";
        open("/?lang=zh");
        assertThat(page.locator(".public-form h2")).hasText("提交咨询");
        assertDrawsChinese();

        fillChineseInquiry(marker, email);
        String reference = sendAndSeeChineseSummary(marker);

        assertStoredInChineseAndMailed(reference, marker, email);
    }

    @Test
    void on_a_phone_a_client_switches_to_chinese_sends_an_inquiry_with_a_drawing_and_the_page_still_fits() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "zhao.lei." + marker + "@example.cn";
        page.setViewportSize(390, 844);
        open("/");
        button("中文").click();
        settle();
        assertThat(page.locator(".public-form h2")).hasText("提交咨询");
        assertFitsPhone(390, CHINESE_FIELDS, "提交咨询");

        fillChineseInquiry(marker, email);
        String reference = sendAndSeeChineseSummary(marker);
        assertFitsPhone(390, List.of(), "再发送一条询价");

        assertStoredInChineseAndMailed(reference, marker, email);
    }

    @Test
    void on_a_phone_the_view_has_no_horizontal_scroll_and_every_field_is_reachable() {
        page.setViewportSize(390, 844);
        open("/?lang=en");

        assertFitsPhone(390, List.of("Name", "Company", "Email", "Phone", "Subject", "Message"), "Send inquiry");
    }

    /** Fills every field of the Chinese form, attaches a drawing and ticks the consent. */
    private void fillChineseInquiry(String marker, String email) {
        field("姓名").fill("王芳");
        field("公司").fill("宜昌耐火材料厂");
        field("电子邮箱").fill(email);
        field("电话").fill("0717-6937001");
        pick("国家/地区", "中国");
        pick("产品线", "高温陶瓷");
        field("主题").fill("坩埚询价 " + marker);
        field("留言").fill("请按图纸报价 200 件坩埚。");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("中文")))
                .isChecked();
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("图纸.pdf", "application/pdf", ClientJourneyE2E.DRAWING));
        assertThat(page.locator("vaadin-upload-file")).hasCount(1);
        page.getByLabel("我同意", new Page.GetByLabelOptions().setExact(false)).check();
    }

    /** Picks the option of a combo box whose text is exactly this, typing it first to find it among many. */
    private void pick(String label, String option) {
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .fill(option);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        settle();
    }

    /** Sends the form and returns the reference shown, after checking the summary of what was sent. */
    private String sendAndSeeChineseSummary(String marker) {
        button("提交咨询").click();

        Locator sent = page.locator(".inquiry-sent");
        assertThat(sent).isVisible();
        assertThat(sent.locator(".reference-number")).hasText(Pattern.compile("INQ-\\d{4}-\\d{6}"));
        assertThat(sent).containsText("谢谢，我们已收到您的咨询。");
        assertThat(sent).containsText("产品线：高温陶瓷");
        assertThat(sent).containsText("主题：坩埚询价 " + marker);
        assertThat(sent).containsText("附件：图纸.pdf");
        return sent.locator(".reference-number").textContent();
    }

    /**
     * The inquiry is stored in Chinese with its drawing, the client gets a Chinese acknowledgement and the staff a
     * notification.
     */
    private void assertStoredInChineseAndMailed(String reference, String marker, String email) {
        Inquiry stored = inquiries.findByReference(reference).orElseThrow();
        assertThat(stored.language()).isEqualTo(Language.ZH);
        assertThat(stored.country()).isEqualTo("CN");
        assertThat(attachments.findByInquiryIdOrderByIdAsc(stored.id()))
                .extracting(attachment -> attachment.toInfo().fileName())
                .containsExactly("图纸.pdf");
        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> smtp.received().stream()
                                .filter(mail -> mentions(subject(mail), reference))
                                // each test context numbers its inquiries from 1, and all share one mail server
                                .filter(mail -> recipient(mail).equals(email)
                                        || subject(mail).contains(marker))
                                .toList(),
                        found -> found.size() == 2);
        assertThat(mails)
                .filteredOn(mail -> recipient(mail).equals(email))
                .singleElement()
                .satisfies(
                        acknowledgement -> assertThat(subject(acknowledgement)).contains("已收到"));
    }
}
