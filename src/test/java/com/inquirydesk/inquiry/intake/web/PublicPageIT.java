package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.catalog.CatalogService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The public page as browsers get it: plain HTML, a multipart form, and no session. */
@IntegrationTest
@AutoConfigureMockMvc
class PublicPageIT {

    private static final String REFERENCE = "INQ-\\d{4}-\\d{6}";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_client_writing_in_chinese_is_sent_to_the_page_with_a_reference_and_the_inquiry_is_stored() throws Exception {
        Map<String, String> form = form("zh");
        form.put("name", "陈静");
        form.put("subject", "坩埚询价");
        form.put("message", "请报价：氧化铝坩埚 200 件。\n交货期？");

        String location = post("zh", form)
                .andExpect(status().isSeeOther())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        assertThat(location).matches("/form\\?lang=zh&reference=" + REFERENCE);
        String reference = location.substring(location.indexOf("reference=") + "reference=".length());
        Map<String, Object> row = inquiryRow(reference);
        assertThat(row.get("message")).isEqualTo("请报价：氧化铝坩埚 200 件。\n交货期？");
        assertThat(row.get("language")).isEqualTo("ZH");
        assertThat(row.get("source")).isEqualTo("FORM");
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("spam")).isEqualTo(false);

        Document confirmation = page(location);
        assertThat(confirmation.select(".confirmation .reference").text()).isEqualTo(reference);
        assertThat(confirmation.select(".confirmation").text()).contains("您的咨询编号");
    }

    @Test
    void the_character_count_of_a_refused_message_counts_a_line_break_once_as_the_intake_does() throws Exception {
        Map<String, String> form = form("en");
        form.put("email", "not an address");
        form.put("message", "Line one\r\nLine two\r\n\r\nLine four");

        Document page = refused(post("en", form));

        assertThat(page.select("#message-counter").text()).isEqualTo("28 / 5000 characters");
    }

    @Test
    void a_client_writing_in_english_gets_a_reference_and_an_english_reply_language() throws Exception {
        String reference = submitted(post("en", form("en")));

        assertThat(inquiryRow(reference).get("language")).isEqualTo("EN");
        assertThat(page("/form?lang=en&reference=" + reference)
                        .select(".confirmation")
                        .text())
                .contains("Your reference number:", reference);
    }

    @Test
    void the_reply_language_follows_the_page_unless_the_client_picks_another() throws Exception {
        assertThat(page("/form?lang=zh").select("input[name=language][checked]").val())
                .isEqualTo("zh");
        assertThat(page("/form?lang=en").select("input[name=language][checked]").val())
                .isEqualTo("en");

        Map<String, String> form = form("zh");
        form.put("language", "en");
        assertThat(inquiryRow(submitted(post("zh", form))).get("language")).isEqualTo("EN");
    }

    @Test
    void without_a_choice_the_page_speaks_the_browsers_language() throws Exception {
        Document chinese = Jsoup.parse(mvc.perform(get("/form").header("Accept-Language", "fr-FR,zh-CN;q=0.8,en;q=0.5"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(chinese.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(chinese.select("h2").first().text()).isEqualTo("提交咨询");

        Document english = page("/form");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void missing_fields_get_chinese_messages_keep_what_was_typed_and_store_nothing() throws Exception {
        long before = inquiryCount();
        var form = new HashMap<String, String>();
        form.put("company", "宜昌耐火材料厂");
        form.put("shown", shownStamp("zh"));

        Document page = refused(post("zh", form));

        assertThat(page.select(".form-error").text()).isEqualTo("请检查标出的字段。");
        for (String field : List.of("name", "email", "productLine", "subject", "message", "consent")) {
            assertThat(page.select("#" + field + "-error").text()).as(field).containsPattern("\\p{IsHan}");
            assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.select("#" + field).attr("aria-describedby"))
                    .as(field)
                    .contains(field + "-error");
        }
        assertThat(page.select("[autofocus]").eachAttr("name"))
                .as("the cursor lands in the first refused field")
                .containsExactly("name");
        assertThat(page.select("#company").val()).isEqualTo("宜昌耐火材料厂");
        assertThat(page.select("#company-error")).isEmpty();
        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void invalid_values_get_english_messages_and_everything_typed_comes_back() throws Exception {
        long before = inquiryCount();
        Map<String, String> form = form("en");
        form.put("email", "not-an-address");
        form.put("message", "x".repeat(5001));
        form.put("productLine", "no-such-line");
        form.put("country", "CN");

        Document page = refused(post("en", form));

        assertThat(page.select("#email-error").text()).startsWith("Please enter a valid email address");
        assertThat(page.select("[autofocus]").eachAttr("name")).containsExactly("email");
        assertThat(page.select("#message-error").text()).contains("5000");
        assertThat(page.select("#productLine-error").text()).isNotBlank();
        assertThat(page.select("#email").val()).isEqualTo("not-an-address");
        assertThat(page.select("#name").val()).isEqualTo(form.get("name"));
        assertThat(page.select("#message").text()).hasSize(5001);
        assertThat(page.select("#country option[selected]").val()).isEqualTo("CN");
        assertThat(page.select("input[name=consent]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=shown]").val()).isEqualTo(form.get("shown"));
        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void sending_the_same_inquiry_twice_stores_it_once() throws Exception {
        Map<String, String> form = form("en");

        String first = submitted(post("en", form));
        String second = submitted(post("en", form));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(form.get("email"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_form_with_links_sent_faster_than_a_person_types_is_stored_as_spam_and_looks_the_same() throws Exception {
        Map<String, String> form = form("en");
        form.put("message", "Cheap crucibles at https://a.example and www.b.example");
        form.put("shown", shownStamp("en")); // and sent at once

        String reference = submitted(post("en", form));

        Map<String, Object> row = inquiryRow(reference);
        assertThat(row.get("spam")).isEqualTo(true);
        assertThat(row.get("status")).isEqualTo("SPAM");
        assertThat(row.get("spam_reason")).isEqualTo("too-fast,links");
    }

    @Test
    void a_form_autofilled_and_sent_at_once_is_stored_as_new_and_flagged() throws Exception {
        Map<String, String> form = form("en");
        form.put("shown", shownStamp("en")); // and sent at once

        Map<String, Object> row = inquiryRow(submitted(post("en", form)));

        assertThat(row.get("spam")).isEqualTo(false);
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("suspected_spam")).isEqualTo("too-fast");
    }

    @Test
    void a_filled_honeypot_is_stored_as_spam_and_looks_the_same() throws Exception {
        Map<String, String> form = form("en");
        form.put("website", "http://spam.example");

        assertThat(inquiryRow(submitted(post("en", form))).get("spam_reason")).isEqualTo("honeypot");
    }

    @Test
    void a_forged_stamp_is_not_believed_and_the_inquiry_is_not_timed() throws Exception {
        Map<String, String> form = form("en");
        form.put("shown", "0.forged");

        Map<String, Object> row = inquiryRow(submitted(post("en", form)));

        assertThat(row.get("spam")).isEqualTo(false);
    }

    @Test
    void the_language_switch_changes_every_visible_text() throws Exception {
        List<String> english = visibleTexts(page("/form?lang=en"));
        List<String> chinese = visibleTexts(page("/form?lang=zh"));

        assertThat(chinese).hasSameSizeAs(english).hasSizeGreaterThan(25);
        for (int i = 0; i < english.size(); i++) {
            assertThat(chinese.get(i))
                    .as("text %d", i)
                    .isNotEqualTo(english.get(i))
                    .containsPattern("\\p{IsHan}");
        }
        Document chinesePage = page("/form?lang=zh");
        assertThat(chinesePage.select(".language-switcher a[aria-current=page]").text())
                .isEqualTo("中文");
        assertThat(chinesePage.select("form").attr("action")).isEqualTo("/form?lang=zh");
    }

    @Test
    void the_contact_card_shows_the_company_details() throws Exception {
        Document page = page("/form?lang=zh");

        assertThat(page.select(".contact-card").text())
                .contains("0717-6937697", "kelison123@163.com", "443002", "湖北省宜昌市西陵区黄河路8号");
        assertThat(page.select(".contact-card a").eachAttr("href"))
                .containsExactly("tel:07176937697", "mailto:kelison123@163.com");
        assertThat(page.select(".product-lines h3").eachText())
                .containsExactly("高温陶瓷", "高纯铁", "磁性材料", "天然气", "苗木", "保健食品", "智能产品");
        assertThat(page.select("#productLine option[value~=.+]").eachText())
                .containsExactly("高温陶瓷", "高纯铁", "磁性材料", "天然气", "苗木", "保健食品", "智能产品");
    }

    @Test
    void what_administrators_typed_is_shown_as_text_never_as_markup() throws Exception {
        var line = catalog.activeProductLines().getFirst();
        String hostile = "<img src=x onerror=alert(1)> & <b>bold</b>";
        String before = jdbc.sql("select description_en from product_line where id = ?")
                .param(line.id())
                .query(String.class)
                .single();
        jdbc.sql("update product_line set description_en = ? where id = ?")
                .params(hostile, line.id())
                .update();
        catalog.forget();
        try {
            Document page = page("/form?lang=en");

            assertThat(page.select("img, b, [onerror]")).isEmpty();
            assertThat(page.select(".product-lines p").eachText()).contains(hostile);
        } finally {
            jdbc.sql("update product_line set description_en = ? where id = ?")
                    .params(before, line.id())
                    .update();
            catalog.forget();
        }
    }

    @Test
    void a_client_attaches_a_pdf_and_it_is_stored_with_the_inquiry() throws Exception {
        String reference = submitted(post(
                "zh",
                form("zh"),
                new MockMultipartFile("attachments", "图纸.pdf", "application/pdf", PDF),
                new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0])));

        assertThat(jdbc.sql("""
                        select a.file_name from inquiry_attachment a join inquiry i on i.id = a.inquiry_id
                        where i.reference = ?""").param(reference).query(String.class).list()).containsExactly("图纸.pdf");
    }

    @Test
    void a_renamed_executable_is_refused_with_a_translated_message_and_nothing_is_stored() throws Exception {
        long before = inquiryCount();

        Document page =
                refused(post("zh", form("zh"), new MockMultipartFile("attachments", "发票.pdf", "application/pdf", EXE)));

        assertThat(page.select("#attachments-error").text()).isEqualTo("发票.pdf 不是 PDF、图片、Office 文档或纯文本文件（已检查其内容）。");
        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void files_sent_with_a_refused_form_are_asked_for_again() throws Exception {
        Map<String, String> form = form("en");
        form.remove("subject");

        Document page =
                refused(post("en", form, new MockMultipartFile("attachments", "drawing.pdf", "application/pdf", PDF)));

        assertThat(page.select("#attachments-error").text())
                .isEqualTo("Please choose your files again: they were not kept.");
    }

    @Test
    void a_form_too_large_to_be_read_comes_back_with_the_limits() throws Exception {
        assertThat(page("/form?lang=zh&problem=too-large").select(".form-error").text())
                .isEqualTo("附件过大，无法接收（最多 3 个文件，每个不超过 10 MB），因此未能提交。请用较小的文件重新填写表单。");
        assertThat(page("/form?lang=zh&problem=anything-else").select(".form-error"))
                .isEmpty();
    }

    @Test
    void a_reference_in_the_address_is_shown_only_when_it_looks_like_one() throws Exception {
        assertThat(page("/form?lang=en&reference=Call+0800+now").select(".confirmation"))
                .isEmpty();
    }

    @Test
    void visitors_get_no_session_and_no_cookie() throws Exception {
        MvcResult shown =
                mvc.perform(get("/form?lang=en")).andExpect(status().isOk()).andReturn();
        MvcResult sent = post("en", form("en")).andExpect(status().isSeeOther()).andReturn();

        for (MvcResult result : List.of(shown, sent)) {
            assertThat(result.getRequest().getSession(false)).isNull();
            assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        }
    }

    @Test
    void uptime_checks_get_an_answer_to_head() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/form"))
                .andExpect(status().isOk());
    }

    @Test
    void the_page_runs_under_a_policy_without_inline_scripts_or_styles() throws Exception {
        mvc.perform(get("/form?lang=en"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe")))));
        Document page = page("/form?lang=en");
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
    }

    /** A complete, valid form as the page would post it, shown half a minute ago. */
    private Map<String, String> form(String language) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("name", language.equals("zh") ? "陈静" : "Jane Miller");
        form.put("company", "");
        form.put("email", "client-" + UUID.randomUUID() + "@example.com");
        form.put("phone", "");
        form.put("country", "");
        form.put("productLine", "ceramics");
        form.put("subject", "Crucibles " + UUID.randomUUID().toString().substring(0, 8));
        form.put("message", "Please quote 200 alumina crucibles.");
        form.put("language", language);
        form.put("consent", "true");
        form.put("website", "");
        form.put("shown", shownStamp(language));
        clock.advance(Duration.ofSeconds(30));
        return form;
    }

    /** The signed time the page puts into its form. */
    private String shownStamp(String language) throws Exception {
        return page("/form?lang=" + language).select("input[name=shown]").val();
    }

    private ResultActions post(String language, Map<String, String> form, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/form?lang=" + language);
        form.forEach(request::param);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(from("10.60." + (int) (Math.random() * 250) + ".1")));
    }

    /** The page that comes back with a refused form (422). */
    private static Document refused(ResultActions result) throws Exception {
        return Jsoup.parse(result.andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String submitted(ResultActions result) throws Exception {
        String location = result.andExpect(status().isSeeOther())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).containsPattern("reference=" + REFERENCE + "$");
        return location.substring(location.indexOf("reference=") + "reference=".length());
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Headings, paragraphs, labels and the button: every text the page itself writes, not the catalog's. */
    private static List<String> visibleTexts(Document page) {
        var texts = new ArrayList<String>();
        page
                .select(
                        "h1, h2, p, .contact-label, label:not(.choice), legend, button, label.choice:has(input[type=checkbox])")
                .stream()
                .filter(element -> element.closest(".product-lines") == null)
                .map(org.jsoup.nodes.Element::text)
                .filter(text -> !text.isBlank())
                .forEach(texts::add);
        texts.add(page.title());
        return texts;
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

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
