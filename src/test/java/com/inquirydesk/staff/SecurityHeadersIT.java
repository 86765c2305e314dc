package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.base.web.SecurityHeadersFilter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a browser or a script actually receives from the running server, over real HTTP: Vaadin's pages, static
 * files, the API, Spring Security's redirects and error pages all carry the security headers; HSTS only over
 * TLS (behind a proxy that says so).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
@Import(IntegrationTest.TestClock.class)
class SecurityHeadersIT {

    private static final String PASSWORD = "Kiln quartz 47 lantern";

    @LocalServerPort
    int port;

    @Autowired
    StaffService staff;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "Vaadin's login view, /login, 200",
        "a staff view for an anonymous visitor, /inquiries, 302",
        "a Vaadin round trip for an anonymous visitor, /?v-r=uidl, 200",
        "a static file, /sw.js, 200",
        "the chart library for an anonymous visitor, /webjars/echarts/dist/echarts.common.min.js, 302",
        "another webjar, /webjars/swagger-ui/index.html, 302",
        "an API answer, /api/product-lines, 200",
        "an API refusal, /api/reports/inquiries.csv, 401",
        "an API path that needs an account, /api/no-such-thing, 401",
        "an error page, /favicon.ico, 404",
        "a path the firewall refuses, /api/%2e%2e/x, 400",
        "a health check, /actuator/health, 200",
    })
    void every_kind_of_response_carries_the_security_headers(String kind, String path, int status) throws Exception {
        HttpResponse<String> response = get(http, path);
        assertThat(response.statusCode()).as(kind).isEqualTo(status);
        assertSecurityHeaders(response, SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_staff_view_after_login_carries_the_security_headers() throws Exception {
        String username = "headers-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Header Check", null, Role.SALES, PASSWORD);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> loginPage = get(browser, "/login");
        assertSecurityHeaders(loginPage, SecurityHeadersFilter.CONTENT_SECURITY_POLICY);

        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://127.0.0.1:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form(username)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> view = get(browser, "/inquiries");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("<html");
        assertSecurityHeaders(view, SecurityHeadersFilter.CONTENT_SECURITY_POLICY);

        HttpResponse<String> charts = get(browser, "/webjars/echarts/dist/echarts.common.min.js");
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(charts.body()).contains("echarts");
        assertSecurityHeaders(charts, SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @Test
    void the_embeddable_form_carries_the_same_headers_under_a_stricter_policy_framed_by_nobody_by_default()
            throws Exception {
        String policy = SecurityHeadersFilter.EMBEDDABLE_FORM_CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'";
        assertSecurityHeaders(get(http, "/form"), policy);
        assertSecurityHeaders(get(http, "/public-page.css"), policy);
    }

    @Test
    void the_public_vaadin_view_carries_the_vaadin_policy() throws Exception {
        HttpResponse<String> view = get(http, "/");
        assertThat(view.statusCode()).isEqualTo(200);
        assertSecurityHeaders(view, SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }

    @ParameterizedTest(name = "{0} over TLS")
    @CsvSource({"/login", "/api/product-lines", "/actuator/health", "/sw.js"})
    void requests_over_tls_also_get_strict_transport_security(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue(SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY);
    }

    private void assertSecurityHeaders(HttpResponse<?> response, String policy) {
        var headers = response.headers();
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly(SecurityHeadersFilter.REFERRER_POLICY);
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(policy);
        assertThat(headers.allValues("Permissions-Policy")).containsExactly(SecurityHeadersFilter.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The login form's fields, as the login view posts them (same-origin, see {@code SameOriginLoginFilter}). */
    private static String form(String username) {
        return "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    }
}
