package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.TestProfiles;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie over real HTTP, as Tomcat writes it: HttpOnly and SameSite=Lax always, Secure when the
 * request came over TLS through the proxy ({@code X-Forwarded-Proto} with the native forward-headers
 * strategy, as README tells to set), and never a session id in an address.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles(resolver = TestProfiles.class)
class SessionCookieIT {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    StaffService staff;

    @Autowired
    ServletContext servletContext;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_no_address_carries_the_session() throws Exception {
        var response = login(newUser(), "http://localhost:" + port, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/inquiries").doesNotContainIgnoringCase("jsessionid"));
        assertThat(sessionCookie(response))
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax")
                .doesNotContainIgnoringCase("; Secure");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure() throws Exception {
        var response = login(newUser(), "https://localhost", "https");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(response))
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void a_login_posted_from_another_site_gets_no_session_cookie() throws Exception {
        var response = login(newUser(), "https://attacker.example", null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    @Test
    void sessions_are_tracked_by_the_cookie_alone() {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    private HttpResponse<String> login(String username, String origin, String forwardedProto)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
        assertThat(cookies).as("session cookies set").hasSize(1);
        return cookies.getFirst();
    }

    private String newUser() {
        String username = "cookie-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Cookie Test", null, Role.SALES, PASSWORD);
        return username;
    }
}
