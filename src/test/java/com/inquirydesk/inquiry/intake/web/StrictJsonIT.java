package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body of {@code POST /api/inquiries} means one thing only: wrong types, repeated fields, bytes that are not
 * UTF-8 and malformed or disguising characters are refused with 400 naming the field, and nothing is stored.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StrictJsonIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                refused("a number as the name", with("name", 123), "name", "api.json.type"),
                refused("a decimal number as the subject", with("subject", 1.5), "subject", "api.json.type"),
                refused("true as the company", with("company", true), "company", "api.json.type"),
                refused("1 as consent", with("consent", 1), "consent", "api.json.type"),
                refused("\"true\" in quotes as consent", with("consent", "true"), "consent", "api.json.type"),
                refused(
                        "the email twice, the second one another address",
                        prepended("\"email\":\"victim@example.com\","),
                        "email",
                        "api.json.duplicate"),
                refused("consent twice", prepended("\"consent\":false,"), "consent", "api.json.duplicate"),
                refused("< as the overlong C0 BC in the name", withBytes("name", "c0bc"), "name", "api.json.encoding"),
                refused(
                        "< as the overlong E0 80 BC in the subject",
                        withBytes("subject", "e080bc"),
                        "subject",
                        "api.json.encoding"),
                refused(
                        "a surrogate written in UTF-8 in the company",
                        withBytes("company", "eda080"),
                        "company",
                        "api.json.encoding"),
                refused(
                        "a lone surrogate escaped in the name",
                        raw(with("name", "Eve ESCAPE").replace("ESCAPE", "\\ud800")),
                        "name",
                        "validation.malformedText"),
                refused(
                        "a line separator in the subject",
                        with("subject", "Quote\u2028Bcc: victim@example.com"),
                        "subject",
                        "validation.controlCharacters"),
                refused(
                        "a paragraph separator in the name",
                        with("name", "Eve\u2029X-Injected: yes"),
                        "name",
                        "validation.controlCharacters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBodies")
    void is_refused_naming_the_field_and_stores_nothing(String what, byte[] body, String field, String code)
            throws Exception {
        long before = inquiryCount();

        refusedWith(
                mvc.perform(InquiryIntakeControllerIT.from(post("/api/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))),
                field,
                code);

        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void the_json_part_of_a_multipart_request_is_as_strict() throws Exception {
        long before = inquiryCount();
        var request = multipart("/api/inquiries")
                .file(new MockMultipartFile(
                        "inquiry", "", MediaType.APPLICATION_JSON_VALUE, prepended("\"name\":\"Mallory\",")));

        refusedWith(mvc.perform(request), "name", "api.json.duplicate");

        assertThat(inquiryCount()).isEqualTo(before);
    }

    @Test
    void zero_width_characters_and_direction_marks_are_removed_before_storing() throws Exception {
        Map<String, Object> body = InquiryIntakeControllerIT.validBody();
        body.put("name", "\uFEFFLi\u200B Na\u200E");
        body.put("company", "Wuhan\u2060 Steel\u200D Trading\u061C");
        body.put("subject", "High\u200C-purity iron\u200F");

        mvc.perform(InquiryIntakeControllerIT.from(post("/api/inquiries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsBytes(body))))
                .andExpect(status().isCreated());

        var row = jdbc.sql("select contact_name, company, subject from inquiry where email = ?")
                .param(body.get("email"))
                .query()
                .singleRow();
        assertThat(row.values()).containsExactly("Li Na", "Wuhan Steel Trading", "High-purity iron");
    }

    private static void refusedWith(ResultActions response, String field, String code) throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    private static Arguments refused(String what, Object body, String field, String code) {
        return Arguments.of(what, body instanceof byte[] bytes ? bytes : raw((String) body), field, code);
    }

    /** A valid body as JSON text, with one field changed. */
    private static String with(String field, Object value) {
        Map<String, Object> body = InquiryIntakeControllerIT.validBody();
        body.put(field, value);
        return JsonMapper.builder().build().writeValueAsString(body);
    }

    /** A valid body with more properties put in front of its own. */
    private static byte[] prepended(String properties) {
        return raw("{" + properties + with("language", "en").substring(1));
    }

    /** A valid body whose field ends in the given bytes, which need not be UTF-8. */
    private static byte[] withBytes(String field, String hex) {
        String[] around = with(field, "Eve#").split("#");
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(raw(around[0]));
        bytes.writeBytes(HexFormat.of().parseHex(hex));
        bytes.writeBytes(raw(around[1]));
        return bytes.toByteArray();
    }

    private static byte[] raw(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private long inquiryCount() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }
}
