package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
class InquiryIntakeControllerIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void a_valid_inquiry_is_created_with_a_reference_and_a_location() throws Exception {
        Map<String, Object> body = validBody();
        body.put("message", "请报价：高纯铁 5 吨。\n交货期？");
        body.put("language", "zh");

        String response = mvc.perform(json(body).header("Accept-Language", "zh-CN"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/inquiries/INQ-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.reference").value(matchesPattern("INQ-\\d{4}-\\d{6}")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String reference = json.readTree(response).get("reference").asString();
        var row = jdbc.sql("select message, language, source, status from inquiry where reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(row.values()).containsExactly("请报价：高纯铁 5 吨。\n交货期？", "ZH", "API", "NEW");
    }

    @Test
    void the_reply_language_follows_accept_language_when_the_body_has_none() throws Exception {
        Map<String, Object> body = validBody();
        body.remove("language");

        String reference = reference(mvc.perform(json(body).header("Accept-Language", "zh"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(jdbc.sql("select language from inquiry where reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("ZH");
    }

    @Test
    void a_filled_honeypot_is_stored_as_spam_and_answered_like_any_other() throws Exception {
        Map<String, Object> body = validBody();
        body.put("website", "http://spam.example");

        String reference = reference(mvc.perform(json(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());

        var row = jdbc.sql("select spam, status, spam_reason from inquiry where reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(row.values()).containsExactly(true, "SPAM", "honeypot");
    }

    @Test
    void the_same_inquiry_twice_within_ten_minutes_returns_the_first_reference() throws Exception {
        Map<String, Object> body = validBody();
        String first = reference(mvc.perform(json(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());

        String second = reference(mvc.perform(json(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/inquiries/" + first))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(body.get("email"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void a_bad_body_gets_a_problem_response_and_stores_nothing(String name, String body, int expectedStatus)
            throws Exception {
        long before = inquiryCount();

        mvc.perform(from(post("/api/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(expectedStatus))
                .andExpect(jsonPath("$.detail").isNotEmpty());

        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void field_errors_name_the_field_and_are_translated() throws Exception {
        Map<String, Object> body = validBody();
        body.put("email", "wang@");
        body.put("subject", "报价\r\nBcc: victim@example.com");

        mvc.perform(json(body).header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'email')].message").value("请输入有效的电子邮箱地址，例如 name@example.com。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].code").value("validation.controlCharacters"));
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() throws Exception {
        long before = inquiryCount();

        mvc.perform(from(
                        post("/api/inquiries").contentType(MediaType.TEXT_PLAIN).content("name=Eve")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(inquiryCount()).isEqualTo(before);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("an empty object", "{}"),
                bad("no name", without("name")),
                bad("no email", without("email")),
                bad("no product line", without("productLine")),
                bad("no subject", without("subject")),
                bad("no message", without("message")),
                bad("no consent", without("consent")),
                bad("consent refused", with("consent", false)),
                bad("an invalid email", with("email", "not-an-email")),
                bad("an email without a domain", with("email", "eve@localhost")),
                bad("an email with a header in it", with("email", "eve@example.com\r\nBcc: victim@example.com")),
                bad("an unknown product line", with("productLine", "rockets")),
                bad("CR/LF in the name", with("name", "Eve\r\nBcc: victim@example.com")),
                bad("CR/LF in the subject", with("subject", "Hello\nX-Injected: yes")),
                bad("control characters in the name", with("name", "Eve\u0000\u0007\u001b[31m")),
                bad("a script tag in the message", with("message", "Hi <script>alert(1)</script>")),
                bad("a script tag in the subject", with("subject", "<script src=//evil.example></script>")),
                bad("an image tag with a handler in the company", with("company", "<img src=x onerror=alert(1)>")),
                bad("a message over 5,000 characters", with("message", "x".repeat(5001))),
                bad("a name over 100 characters", with("name", "n".repeat(101))),
                bad("an unknown country", with("country", "ZZ")),
                bad("an unknown reply language", with("language", "fr")),
                bad("a phone number of letters", with("phone", "call me maybe")),
                bad("a number where consent belongs", with("consent", "yes")),
                bad("an object where the name belongs", with("name", Map.of("first", "Eve"))),
                bad("a JSON array", "[]"),
                bad("plain text claiming to be JSON", "hello"),
                bad("truncated JSON", "{\"name\": \"Eve\""),
                bad("an empty body", ""),
                Arguments.of("a 10 MB message", body(with("message", "x".repeat(10 * 1024 * 1024))), 413));
    }

    private static Arguments bad(String name, Object body) {
        return Arguments.of(name, body instanceof String text ? text : body((Map<?, ?>) body), 400);
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = validBody();
        body.remove(field);
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = validBody();
        body.put(field, value);
        return body;
    }

    private static String body(Map<?, ?> body) {
        return JsonMapper.builder().build().writeValueAsString(body);
    }

    static Map<String, Object> validBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Li Na");
        body.put("company", "Wuhan Steel Trading");
        body.put("email", "li.na-" + UUID.randomUUID() + "@example.cn");
        body.put("phone", "+86 27 1234 5678");
        body.put("country", "CN");
        body.put("productLine", "high-purity-iron");
        body.put("subject", "High-purity iron, 5 t");
        body.put("message", "Please quote 5 t of high-purity iron, delivered to Wuhan.");
        body.put("language", "en");
        body.put("consent", true);
        return body;
    }

    private MockHttpServletRequestBuilder json(Map<String, Object> body) {
        return from(
                post("/api/inquiries").contentType(MediaType.APPLICATION_JSON).content(body(body)));
    }

    /** Each request from its own address, so that no test runs into another's rate limit. */
    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        int n = ADDRESSES.incrementAndGet();
        return request.with(mock -> {
            mock.setRemoteAddr("10.1.%d.%d".formatted(n / 250, n % 250 + 1));
            return mock;
        });
    }

    private String reference(String response) {
        return json.readTree(response).get("reference").asString();
    }

    private long inquiryCount() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }
}
