package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class PublicFormSizeLimitTest {

    private final PublicFormSizeLimit limit =
            new PublicFormSizeLimit(DataSize.ofBytes(100), new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));

    @Test
    void a_form_over_the_limit_is_sent_back_to_the_page_unread() throws Exception {
        MockHttpServletRequest request = form(101);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        limit.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/form?lang=zh&problem=too-large");
        assertThat(chain.getRequest()).isNull();
        assertThat(request.getInputStream().available())
                .as("the body was not read")
                .isEqualTo(101);
    }

    @Test
    void a_form_within_the_limit_and_every_other_request_pass() throws Exception {
        var other = new MockHttpServletRequest("POST", "/api/inquiries");
        other.setContentType("multipart/form-data; boundary=x");
        other.setContent(new byte[1000]);
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {form(100), other}) {
            var chain = new MockFilterChain();
            var response = new MockHttpServletResponse();

            limit.doFilter(request, response, chain);

            assertThat(chain.getRequest()).isSameAs(request);
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private static MockHttpServletRequest form(int bytes) {
        var request = new MockHttpServletRequest("POST", "/form");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        return request;
    }
}
