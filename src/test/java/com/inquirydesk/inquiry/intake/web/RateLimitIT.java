package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "inquiry.intake.per-ip-limit=3",
            "inquiry.intake.per-email-limit=2",
            "inquiry.web.api-requests-per-minute=20",
            "inquiry.web.page-requests-per-minute=5"
        })
class RateLimitIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void a_fourth_inquiry_from_one_address_gets_429_with_retry_after_and_is_not_stored() throws Exception {
        for (int i = 0; i < 3; i++) {
            submit(InquiryIntakeControllerIT.validBody(), "192.0.2.1").andExpect(status().isCreated());
        }
        long before = inquiryCount();

        submit(InquiryIntakeControllerIT.validBody(), "192.0.2.1")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429));

        assertThat(inquiryCount()).isEqualTo(before);
        submit(InquiryIntakeControllerIT.validBody(), "192.0.2.2").andExpect(status().isCreated());
    }

    @Test
    void a_third_inquiry_from_one_email_address_gets_429_even_from_other_networks() throws Exception {
        Map<String, Object> body = InquiryIntakeControllerIT.validBody();
        for (int i = 0; i < 2; i++) {
            body.put("subject", "Order " + i);
            submit(body, "198.51.100." + (i + 1)).andExpect(status().isCreated());
        }
        body.put("subject", "Order 3");

        submit(body, "198.51.100.9").andExpect(status().isTooManyRequests());
    }

    @Test
    void the_public_form_answers_a_fourth_inquiry_from_one_address_with_the_page_and_a_chinese_message()
            throws Exception {
        for (int i = 0; i < 3; i++) {
            postForm("192.0.2.40", "Order " + i).andExpect(status().isSeeOther());
        }
        long before = inquiryCount();

        String page = postForm("192.0.2.40", "Order 4")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        var html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select(".form-error").text()).startsWith("您在短时间内提交了多次咨询");
        assertThat(html.select("#subject").val()).isEqualTo("Order 4");
        assertThat(inquiryCount()).isEqualTo(before);
    }

    private ResultActions postForm(String address, String subject) throws Exception {
        return mvc.perform(multipart("/form?lang=zh")
                .param("name", "陈静")
                .param("email", "form-" + java.util.UUID.randomUUID() + "@example.com")
                .param("productLine", "ceramics")
                .param("subject", subject)
                .param("message", "请报价。")
                .param("language", "zh")
                .param("consent", "true")
                .with(from(address)));
    }

    @Test
    void the_api_as_a_whole_is_rate_limited_per_address() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/product-lines").with(from("203.0.113.7"))).andExpect(status().isOk());
        }

        mvc.perform(get("/api/product-lines").with(from("203.0.113.7")).header("Accept-Language", "zh"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("请求过于频繁")));
    }

    @Test
    void the_pages_are_rate_limited_per_address_too() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/form").with(from("203.0.113.8")))
                    .andExpect(result ->
                            assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
        }

        mvc.perform(get("/form").with(from("203.0.113.8")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    private ResultActions submit(Map<String, Object> body, String address) throws Exception {
        return mvc.perform(post("/api/inquiries")
                .with(from(address))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long inquiryCount() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }
}
