package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Login CSRF: a page of another site that posts the login form with the attacker's credentials must not log
 * the visitor's browser in; the app's own login page must.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LoginOriginIT {

    private static final String PASSWORD = "a long enough password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffService staff;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Origin,         https://attacker.example",
        "Origin,         http://localhost.attacker.example",
        "Origin,         http://localhost:8081",
        "Origin,         null",
        "Referer,        https://attacker.example/login",
        "Sec-Fetch-Site, cross-site",
        "Sec-Fetch-Site, same-site"
    })
    void a_login_posted_from_another_site_with_valid_credentials_is_refused_and_starts_no_session(
            String header, String value) throws Exception {
        MvcResult result = mvc.perform(login(newUser()).header(header, value))
                .andExpect(status().isForbidden())
                .andReturn();

        assertThat(loggedIn(result)).isFalse();
    }

    @Test
    void a_login_posted_without_any_sign_of_where_it_came_from_is_refused() throws Exception {
        MvcResult result =
                mvc.perform(login(newUser())).andExpect(status().isForbidden()).andReturn();

        assertThat(loggedIn(result)).isFalse();
    }

    @Test
    void the_refusal_says_why_in_the_browsers_language() throws Exception {
        MvcResult result = mvc.perform(login(newUser()).header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isForbidden())
                .andReturn();

        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("登录必须从本站自己的登录页面提交。请打开登录页面后在那里登录。");
    }

    @Test
    void a_foreign_origin_is_refused_even_when_a_referer_claims_the_apps_own_page() throws Exception {
        mvc.perform(login(newUser())
                        .header("Origin", "https://attacker.example")
                        .header("Referer", "http://localhost/login"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Origin,         http://localhost",
        "Origin,         http://LOCALHOST:80",
        "Referer,        http://localhost/login",
        "Sec-Fetch-Site, same-origin"
    })
    void the_login_form_of_the_app_itself_logs_in(String header, String value) throws Exception {
        MvcResult result = mvc.perform(login(newUser()).header(header, value))
                .andExpect(redirectedUrl("/inquiries"))
                .andReturn();

        assertThat(loggedIn(result)).isTrue();
    }

    @Test
    void over_tls_the_origin_must_be_the_https_one() throws Exception {
        String address = "https://desk.example.com:443/login";
        mvc.perform(login(address, newUser()).header("Origin", "https://desk.example.com"))
                .andExpect(redirectedUrl("/inquiries"));
        mvc.perform(login(address, newUser()).header("Origin", "http://desk.example.com"))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder login(String username) {
        return login("/login", username);
    }

    private MockHttpServletRequestBuilder login(String url, String username) {
        int n = ADDRESSES.incrementAndGet();
        return post(url).param("username", username).param("password", PASSWORD).with(request -> {
            request.setRemoteAddr("10.61." + (n / 250) + "." + (n % 250 + 1));
            return request;
        });
    }

    private static boolean loggedIn(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private String newUser() {
        String username = "origin-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Origin Test", null, Role.SALES, PASSWORD);
        return username;
    }
}
