package com.inquirydesk.inquiry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PublicInquiryViewIT extends ViewTest {

    private static final String REFERENCE = "INQ-\\d{4}-\\d{6}";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Autowired
    MutableClock clock;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void openThePublicPage() {
        UI.getCurrent().navigate(PublicInquiryView.class);
    }

    @Test
    void a_client_writing_in_chinese_sees_a_reference_and_the_inquiry_is_stored() {
        switchTo("中文");
        InquiryForm form = _get(InquiryForm.class);
        String email = uniqueEmail();
        fill(form, "王伟", email, "高温陶瓷询价", "您好，请报价 1600°C 用氧化铝坩埚，数量 200 件。\n谢谢！");
        clock.advance(Duration.ofSeconds(30));

        _click(form.submit);

        String reference = shownReference(form);
        assertThat(reference).matches(REFERENCE);
        assertThat(form.confirmation.getElement().getTextRecursively()).contains("谢谢，我们已收到您的咨询");
        Map<String, Object> row = inquiryRow(reference);
        assertThat(row.get("contact_name")).isEqualTo("王伟");
        assertThat(row.get("message")).isEqualTo("您好，请报价 1600°C 用氧化铝坩埚，数量 200 件。\n谢谢！");
        assertThat(row.get("language")).isEqualTo("ZH");
        assertThat(row.get("source")).isEqualTo("FORM");
        assertThat(row.get("spam")).isEqualTo(false);
        assertThat(row.get("consent_version")).isEqualTo("2026-11");
        assertThat(form.name.getValue()).isEmpty();
        assertThat(form.message.getValue()).isEmpty();
        assertThat(form.consent.getValue()).isFalse();
    }

    @Test
    void a_client_writing_in_english_sees_a_reference_and_the_inquiry_is_stored() {
        switchTo("English");
        InquiryForm form = _get(InquiryForm.class);
        String email = uniqueEmail();
        fill(form, "Alice Smith", email, "Magnet quote", "Please quote 500 NdFeB magnets.");
        _setValue(form.productLine, line("magnetic-materials"));
        _setValue(form.country, "GB");
        clock.advance(Duration.ofSeconds(30));

        _click(form.submit);

        String reference = shownReference(form);
        assertThat(form.confirmation.getElement().getTextRecursively()).contains("Thank you");
        Map<String, Object> row = inquiryRow(reference);
        assertThat(row.get("email")).isEqualTo(email);
        assertThat(row.get("language")).isEqualTo("EN");
        assertThat(row.get("country")).isEqualTo("GB");
    }

    @Test
    void the_reply_language_follows_the_page_until_the_client_chooses_one() {
        InquiryForm form = _get(InquiryForm.class);
        switchTo("中文");
        assertThat(form.replyLanguage.getValue()).isEqualTo(Language.ZH);

        _setValue(form.replyLanguage, Language.EN);
        switchTo("English");
        switchTo("中文");

        assertThat(form.replyLanguage.getValue()).isEqualTo(Language.EN);
    }

    @Test
    void missing_fields_show_translated_messages_and_store_nothing() {
        switchTo("中文");
        InquiryForm form = _get(InquiryForm.class);
        long before = inquiryCount();

        _click(form.submit);

        for (var field : List.of(form.name, form.subject)) {
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("请填写此项。");
        }
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.message.isInvalid()).isTrue();
        assertThat(form.productLine.isInvalid()).isTrue();
        assertThat(form.consent.isInvalid()).isTrue();
        assertThat(form.errorSummary.isVisible()).isTrue();
        assertThat(form.errorSummary.getText()).isEqualTo("请检查标出的字段。");
        assertThat(form.confirmation.isVisible()).isFalse();
        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void invalid_values_show_english_messages_and_store_nothing() {
        switchTo("English");
        InquiryForm form = _get(InquiryForm.class);
        fill(form, "Bob", "bob@localhost", "Subject", "Hello <script>alert(1)</script>");
        _setValue(form.phone, "call me");
        long before = inquiryCount();
        clock.advance(Duration.ofSeconds(30));

        _click(form.submit);

        assertThat(form.email.getErrorMessage()).startsWith("Please enter a valid email address");
        assertThat(form.phone.getErrorMessage()).startsWith("Please enter a phone number");
        assertThat(form.message.getErrorMessage()).isEqualTo("HTML tags are not allowed.");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void a_second_click_on_the_same_inquiry_does_not_store_it_twice() {
        InquiryForm form = _get(InquiryForm.class);
        String email = uniqueEmail();
        fill(form, "Carol", email, "Gas supply", "We need 10,000 m³ per month.");
        clock.advance(Duration.ofSeconds(30));
        _click(form.submit);
        String first = shownReference(form);

        fill(form, "Carol", email, "Gas supply", "We need 10,000 m³ per month.");
        _click(form.submit);

        assertThat(form.submit.isDisableOnClick()).isTrue();
        assertThat(shownReference(form)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_form_sent_faster_than_a_person_types_is_stored_as_spam_and_looks_the_same() {
        InquiryForm form = _get(InquiryForm.class);
        fill(form, "Bot", uniqueEmail(), "Cheap offer", "Buy now");

        _click(form.submit);

        String reference = shownReference(form);
        Map<String, Object> row = inquiryRow(reference);
        assertThat(row.get("spam")).isEqualTo(true);
        assertThat(row.get("status")).isEqualTo("SPAM");
        assertThat(row.get("spam_reason")).isEqualTo("too-fast");
    }

    @Test
    void the_switcher_changes_every_visible_text() {
        switchTo("English");
        List<String> english = visibleTexts();
        switchTo("中文");
        List<String> chinese = visibleTexts();

        assertThat(chinese).hasSameSizeAs(english).hasSizeGreaterThan(30);
        for (int i = 0; i < english.size(); i++) {
            assertThat(chinese.get(i))
                    .as("text %d", i)
                    .isNotEqualTo(english.get(i))
                    .containsPattern("\\p{IsHan}");
        }
        assertThat(_get(Button.class, spec -> spec.withText("中文")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void the_contact_card_shows_the_company_details() {
        switchTo("中文");
        Document aside = shown("public-aside");
        assertThat(aside.select(".contact-card").text())
                .contains("0717-6937697", "kelison123@163.com", "443002", "湖北省宜昌市西陵区黄河路8号");
        assertThat(aside.select(".contact-card a").eachAttr("href"))
                .containsExactly("tel:07176937697", "mailto:kelison123@163.com");
        assertThat(aside.select(".product-lines h3").eachText())
                .containsExactly("高温陶瓷", "高纯铁", "磁性材料", "天然气", "苗木", "保健食品", "智能产品");
    }

    @Test
    void what_administrators_typed_is_shown_as_text_never_as_markup() {
        var line = catalog.activeProductLines().getFirst();
        String hostile = "<img src=x onerror=alert(1)> & <b>bold</b>";
        String before = jdbc.sql("select description_en from product_line where id = ?")
                .param(line.id())
                .query(String.class)
                .single();
        jdbc.sql("update product_line set description_en = ? where id = ?")
                .params(hostile, line.id())
                .update();
        try {
            UI.getCurrent().navigate("login"); // and back: a new public page, which reads the catalog again
            UI.getCurrent().navigate(PublicInquiryView.class);
            switchTo("English");
            Document aside = shown("public-aside");
            assertThat(aside.select("img, b, [onerror]")).isEmpty();
            assertThat(aside.select(".product-lines p").eachText()).contains(hostile);
        } finally {
            jdbc.sql("update product_line set description_en = ? where id = ?")
                    .params(before, line.id())
                    .update();
        }
    }

    /** What a browser shows of one of the page's HTML pieces ({@code public-heading}, {@code public-aside}). */
    private static Document shown(String className) {
        return Jsoup.parseBodyFragment(
                _get(Html.class, spec -> spec.withClasses(className)).getInnerHtml());
    }

    @Test
    void a_client_attaches_a_pdf_and_it_is_stored_with_the_inquiry() {
        switchTo("中文");
        InquiryForm form = _get(InquiryForm.class);
        fill(form, "陈静", uniqueEmail(), "坩埚询价", "详见附件中的图纸。");
        UploadKt._upload(form.attachments, "图纸.pdf", "application/pdf", PDF);
        clock.advance(Duration.ofSeconds(30));

        _click(form.submit);

        String reference = shownReference(form);
        assertThat(jdbc.sql("""
                        select a.file_name from inquiry_attachment a join inquiry i on i.id = a.inquiry_id
                        where i.reference = ?""").param(reference).query(String.class).list()).containsExactly("图纸.pdf");
    }

    @Test
    void a_renamed_executable_is_refused_at_upload_with_a_translated_message_and_never_stored() {
        switchTo("中文");
        InquiryForm form = _get(InquiryForm.class);
        long attachmentsBefore = jdbc.sql("select count(*) from inquiry_attachment")
                .query(Long.class)
                .single();

        UploadKt._upload(form.attachments, "发票.pdf", "application/pdf", EXE);

        assertThat(form.attachmentErrors.getElement().getTextRecursively())
                .isEqualTo("发票.pdf 不是 PDF、图片、Office 文档或纯文本文件（已检查其内容）。");
        fill(form, "陈静", uniqueEmail(), "坩埚询价", "请报价。");
        clock.advance(Duration.ofSeconds(30));
        _click(form.submit);

        shownReference(form);
        assertThat(jdbc.sql("select count(*) from inquiry_attachment")
                        .query(Long.class)
                        .single())
                .isEqualTo(attachmentsBefore);
    }

    private static void switchTo(String language) {
        _click(_get(Button.class, spec -> spec.withText(language)));
    }

    private void fill(InquiryForm form, String name, String email, String subject, String message) {
        _setValue(form.name, name);
        _setValue(form.email, email);
        _setValue(form.productLine, line("ceramics"));
        _setValue(form.subject, subject);
        _setValue(form.message, message);
        _setValue(form.consent, true);
    }

    private ProductLineSummary line(String code) {
        return catalog.findActive(code).orElseThrow();
    }

    private static String shownReference(InquiryForm form) {
        assertThat(form.confirmation.isVisible()).isTrue();
        return _get(form.confirmation, Span.class, spec -> spec.withClasses("reference"))
                .getText();
    }

    private Map<String, Object> inquiryRow(String reference) {
        Map<String, Object> row = new HashMap<>();
        jdbc.sql("select * from inquiry where reference = ?")
                .param(reference)
                .query()
                .singleRow()
                .forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value));
        return row;
    }

    private long inquiryCount() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }

    private static String uniqueEmail() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }

    /** Headings, paragraphs, contact labels, field labels and the submit button. */
    private static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        Stream.of("public-heading", "public-aside")
                .flatMap(piece -> shown(piece).select("h1, h2, h3, p, .contact-label").eachText().stream())
                .forEach(texts::add);
        Stream.of(H1.class, H2.class, H3.class, Paragraph.class)
                .flatMap(type -> _find(type).stream())
                .filter(Component::isVisible)
                .filter(component ->
                        component.getParent().map(Component::isVisible).orElse(true))
                .map(component -> ((HasText) component).getText())
                .filter(text -> !text.isBlank())
                .forEach(texts::add);
        InquiryForm form = _get(InquiryForm.class);
        Stream.<HasLabel>of(
                        form.name,
                        form.company,
                        form.email,
                        form.phone,
                        form.country,
                        form.productLine,
                        form.subject,
                        form.message,
                        form.replyLanguage,
                        form.consent)
                .map(HasLabel::getLabel)
                .forEach(texts::add);
        texts.add(form.email.getHelperText());
        texts.add(form.productLine.getPlaceholder());
        texts.add(form.message.getHelperText());
        texts.add(form.submit.getText());
        return texts;
    }
}
