package com.inquirydesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

    @Test
    void the_embeddable_form_may_be_framed_by_the_configured_origins_only() throws Exception {
        var filter = new SecurityHeadersFilter(List.of("https://www.example.com", "http://localhost:8081"));

        var form = send(filter, "/form");
        assertThat(form.getHeader("Content-Security-Policy"))
                .endsWith("; frame-ancestors https://www.example.com http://localhost:8081");
        assertThat(form.getHeader("X-Frame-Options")).isNull();

        var view = send(filter, "/inquiries");
        assertThat(view.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
        assertThat(view.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void without_origins_nobody_may_frame_the_form() throws Exception {
        var form = send(new SecurityHeadersFilter(List.of()), "/form");
        assertThat(form.getHeader("Content-Security-Policy")).endsWith("; frame-ancestors 'none'");
        assertThat(form.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void an_entry_that_is_not_an_origin_stops_the_start() {
        for (String bad :
                List.of("https://example.com; script-src *", "*", "https://example.com/path", "example.com")) {
            assertThatThrownBy(() -> new SecurityHeadersFilter(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("inquiry.web.embed-origins");
        }
    }

    private static MockHttpServletResponse send(SecurityHeadersFilter filter, String path)
            throws ServletException, IOException {
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }
}
