package com.inquirydesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
            new WebProperties(List.of(), 60, 600, DataSize.ofBytes(100), DataSize.ofBytes(1000), List.of()),
            new ApiProblems(messages(), JsonMapper.builder().build()));

    @Test
    void refuses_a_declared_length_over_the_limit_without_reading_it() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/inquiries");
        request.setContent(new byte[101]);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void stops_a_chunked_body_that_grows_past_the_limit() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/inquiries") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[500]);
        var chain = new MockFilterChain(mock(jakarta.servlet.Servlet.class)) {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest passed, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                StreamUtils.copyToByteArray(passed.getInputStream());
            }
        };

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), chain))
                .isInstanceOf(RequestBodyLimitFilter.BodyTooLargeException.class);
    }

    @Test
    void lets_a_small_body_through_whole() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/inquiries");
        request.setContent("{\"name\":\"王伟\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[][] read = new byte[1][];
        var chain = new MockFilterChain(mock(jakarta.servlet.Servlet.class)) {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest passed, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                read[0] = StreamUtils.copyToByteArray(passed.getInputStream());
            }
        };

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(new String(read[0], java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"王伟\"}");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }
}
