package com.inquirydesk.inquiry.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.notification.SmtpServer;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The public inquiry view at {@code /}, driven as a visitor would, with a real SMTP server receiving the mails. */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "inquiry.mail.poll-interval=200ms"})
class PublicViewIT extends ViewTest {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
    private static final SmtpServer smtp = new SmtpServer();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.port);
    }

    @Autowired
    CatalogService catalog;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private PublicView view;

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(PublicView.class);
        view = _get(PublicView.class);
    }

    @Test
    void a_chinese_inquiry_with_a_pdf_is_stored_notified_acknowledged_and_summed_up() {
        LanguageSwitcher.switchTo(Language.ZH);
        String email = "chen." + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        fill("陈静", email, "坩埚询价", "请报价：氧化铝坩埚 200 件。");
        _upload(upload(), "规格.pdf", "application/pdf", PDF);
        clock.advance(Duration.ofSeconds(10)); // a person takes longer than the minimum fill time

        _click(view.send);

        assertThat(view.result.isVisible()).isTrue();
        String text = view.result.getElement().getTextRecursively();
        assertThat(text).contains("附件：规格.pdf", "主题：坩埚询价", "产品线：" + ceramics().name(Language.ZH));
        String reference = jdbc.sql("select reference from inquiry where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(text).contains(reference);
        Map<String, Object> row = jdbc.sql("select status, language, source from inquiry where reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("status", "NEW")
                .containsEntry("language", "ZH")
                .containsEntry("source", "FORM");
        assertThat(jdbc.sql("select file_name from inquiry_attachment a join inquiry i on i.id = a.inquiry_id"
                                + " where i.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .list())
                .containsExactly("规格.pdf");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> smtp.received().stream()
                                .filter(mail -> SmtpServer.subject(mail).contains(reference))
                                .count()
                        == 2);
    }

    @Test
    void every_refused_field_says_why_and_the_first_gets_the_focus() {
        _click(view.send);

        assertThat(view.result.isVisible()).isFalse();
        for (HasValidation field : List.<HasValidation>of(
                view.form.name,
                view.form.email,
                view.form.productLine,
                view.form.subject,
                view.form.message,
                view.form.consent)) {
            assertThat(field.isInvalid()).as(field.toString()).isTrue();
            assertThat(field.getErrorMessage()).isNotBlank();
        }
        view.form.email.setValue("not an address");
        assertThat(view.form.email.getErrorMessage()).startsWith("Please enter a valid email address");
        view.form.subject.setValue("a <b>bold</b> subject");
        assertThat(view.form.subject.getErrorMessage()).isEqualTo("HTML tags are not allowed.");
    }

    @Test
    void a_renamed_program_is_refused_by_its_bytes_with_its_name() {
        byte[] program = "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        _upload(upload(), "quote.pdf", "application/pdf", program);

        assertThat(view.attachments.files()).isEmpty();
        assertThat(view.attachments.getElement().getTextRecursively()).contains("quote.pdf");
    }

    @Test
    void a_file_the_browser_refuses_is_named_in_the_message() {
        Upload upload = upload();
        ComponentUtil.fireEvent(
                upload, new FileRejectedEvent(upload, view.getTranslation("upload.tooBig"), "huge.pdf"));
        assertThat(view.attachments.getElement().getTextRecursively()).contains("huge.pdf", "10 MB");
        ComponentUtil.fireEvent(
                upload, new FileRejectedEvent(upload, view.getTranslation("upload.wrongType"), "a.exe"));
        assertThat(view.attachments.getElement().getTextRecursively()).contains("a.exe");
    }

    @Test
    void switching_the_language_keeps_what_was_typed() {
        view.form.name.setValue("Chen Jing");
        view.form.message.setValue("Please quote 200 crucibles.");
        assertThat(view.form.name.getLabel()).isEqualTo("Name");

        LanguageSwitcher.switchTo(Language.ZH);

        assertThat(view.form.name.getLabel()).isNotEqualTo("Name");
        assertThat(view.form.name.getValue()).isEqualTo("Chen Jing");
        assertThat(view.form.message.getValue()).isEqualTo("Please quote 200 crucibles.");
    }

    @Test
    void a_filled_honeypot_is_stored_as_spam_and_looks_the_same_to_the_sender() {
        String email = "bot." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        fill("Bot", email, "Cheap offer", "Buy now");
        view.form.website.setValue("https://spam.example");
        clock.advance(Duration.ofSeconds(10));

        _click(view.send);

        assertThat(view.result.isVisible()).isTrue();
        assertThat(jdbc.sql("select status from inquiry where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("SPAM");
    }

    @Test
    void a_fast_autofilled_inquiry_is_stored_new_flagged_and_notified() {
        String email = "autofill." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        fill("Autofill User", email, "Crucibles for the kiln", "Please quote 50 crucibles.");
        // sent at once, as autofill does: faster than the minimum fill time, one spam signal alone; the clock is
        // set back so that a slow test machine cannot make the filling look like a person's
        clock.advance(Duration.ofMinutes(-1));
        try {
            _click(view.send);
        } finally {
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(view.result.isVisible()).isTrue();
        Map<String, Object> row = jdbc.sql("select reference, status, suspected_spam from inquiry where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(row).containsEntry("status", "NEW").containsEntry("suspected_spam", "too-fast");
        String reference = (String) row.get("reference");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> smtp.received().stream()
                                .filter(mail -> SmtpServer.subject(mail).contains(reference))
                                .count()
                        == 2);
    }

    @Test
    void send_another_starts_a_fresh_form() {
        fill("Tom", "tom." + UUID.randomUUID().toString().substring(0, 8) + "@example.co.uk", "Crucibles", "Quote");
        clock.advance(Duration.ofSeconds(10));
        _click(view.send);
        assertThat(view.result.isVisible()).isTrue();

        _click(_get(
                view.result, com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("send-another")));

        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.form.name.getValue()).isEmpty();
        assertThat(view.form.consent.getValue()).isFalse();
    }

    private void fill(String name, String email, String subject, String message) {
        view.form.name.setValue(name);
        view.form.email.setValue(email);
        view.form.productLine.setValue(ceramics());
        view.form.subject.setValue(subject);
        view.form.message.setValue(message);
        view.form.consent.setValue(true);
    }

    private ProductLineSummary ceramics() {
        return catalog.activeProductLines().stream()
                .filter(line -> line.code().equals("ceramics"))
                .findFirst()
                .orElseThrow();
    }

    private Upload upload() {
        return _get(view.attachments, Upload.class);
    }

    @Test
    void the_contact_card_and_the_product_lines_are_shown_in_the_visitors_language() {
        LanguageSwitcher.switchTo(Language.ZH);

        Document aside = aside();
        assertThat(aside.select(".contact-card").text())
                .contains("联系方式", "0717-6937697", "kelison123@163.com", "443002", "湖北省宜昌市西陵区黄河路8号");
        assertThat(aside.select(".contact-card a").eachAttr("href"))
                .containsExactly("tel:07176937697", "mailto:kelison123@163.com");
        assertThat(aside.select(".product-lines h3").eachText())
                .containsExactly("高温陶瓷", "高纯铁", "磁性材料", "天然气", "苗木", "保健食品", "智能产品");
        assertThat(view.form.productLine.getListDataView().getItems().map(ProductLineSummary::code))
                .as("the line for unsorted mail is not a client's choice")
                .contains("ceramics")
                .doesNotContain("unassigned");
        assertThat(aside.select(".company-name"))
                .as("no name in the seeded profile")
                .isEmpty();
    }

    @Test
    void the_company_name_heads_the_page_and_the_card_once_it_is_set() {
        String before = jdbc.sql("select name_zh from company_profile")
                .query(String.class)
                .optional()
                .orElse(null);
        jdbc.sql("update company_profile set name_zh = ?").param("宜昌示例科技有限公司").update();
        catalog.forget();
        try {
            // the page is written again at each change of language
            LanguageSwitcher.switchTo(Language.EN);
            LanguageSwitcher.switchTo(Language.ZH);

            assertThat(aside().select(".contact-card .company-name").text()).isEqualTo("宜昌示例科技有限公司");
            assertThat(_get(H1.class).getText()).isEqualTo("宜昌示例科技有限公司");
        } finally {
            jdbc.sql("update company_profile set name_zh = ?").param(before).update();
            catalog.forget();
        }
    }

    @Test
    void what_administrators_typed_is_shown_as_text_never_as_markup() {
        var line = catalog.activeProductLines().getFirst();
        String hostile = "<img src=x onerror=alert(1)> & <b>bold</b> <a href=javascript:alert(1)>x</a>";
        String before = jdbc.sql("select description_en from product_line where id = ?")
                .param(line.id())
                .query(String.class)
                .single();
        jdbc.sql("update product_line set description_en = ? where id = ?")
                .params(hostile, line.id())
                .update();
        catalog.forget();
        try {
            // the aside is written again at each change of language
            LanguageSwitcher.switchTo(Language.ZH);
            LanguageSwitcher.switchTo(Language.EN);

            Document aside = aside();
            assertThat(aside.select("img, b, [onerror], a[href^=javascript]")).isEmpty();
            assertThat(aside.select(".product-lines p").eachText()).contains(hostile);
        } finally {
            jdbc.sql("update product_line set description_en = ? where id = ?")
                    .params(before, line.id())
                    .update();
            catalog.forget();
        }
    }

    /** The aside as the browser gets it. */
    private Document aside() {
        return Jsoup.parseBodyFragment(view.aside.getElement().getProperty("innerHTML"));
    }
}
