package com.inquirydesk.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import com.inquirydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every answer, pages and API alike, carries the security headers; HSTS only over TLS. */
@IntegrationTest
@AutoConfigureMockMvc
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/api/product-lines", "/api/reports/inquiries.csv", "/actuator/health"})
    void responses_carry_the_security_headers(String path) throws Exception {
        RequestBuilder request = path.equals("/login")
                ? formLogin("/login").user("nobody").password("wrong") // answered by the view chain itself
                : get(path).with(from("10.80.0.1"));
        mvc.perform(request)
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void the_public_page_carries_the_same_headers_under_a_stricter_policy() throws Exception {
        mvc.perform(get("/").with(from("10.80.0.3")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string(
                                "Content-Security-Policy", SecurityConfiguration.PUBLIC_PAGE_CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY));
    }

    @ParameterizedTest(name = "{0} over TLS")
    @ValueSource(strings = {"/api/product-lines", "/actuator/health"})
    void requests_over_tls_also_get_strict_transport_security(String path) throws Exception {
        mvc.perform(get(path).secure(true).with(from("10.80.0.2")))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
