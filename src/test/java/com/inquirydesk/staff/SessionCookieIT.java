package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.TestProfiles;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie over real HTTP, as Tomcat writes it: HttpOnly and SameSite=Lax always, Secure when the
 * request came over TLS through the proxy ({@code X-Forwarded-Proto} with the native forward-headers
 * strategy, as README tells to set), and never a session id in an address. And how long the session it names
 * lasts in Tomcat: a visitor's 3 minutes after its last request, a logged-in one 30.
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

    @Autowired
    ApplicationContext context;

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

    @Test
    void a_visitors_session_ends_three_minutes_after_its_last_request_and_holds_no_ui() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        Session session = tomcatSession(response);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(180);
        VaadinSession vaadin = vaadinSession(session);
        vaadin.lock();
        try {
            assertThat(vaadin.getUIs())
                    .as("UIs of a client that ran no JavaScript")
                    .isEmpty();
        } finally {
            vaadin.unlock();
        }
    }

    @Test
    void a_logged_in_session_lasts_the_staff_session_timeout() throws Exception {
        var login = login(newUser(), "http://localhost:" + port, null);
        String cookie = sessionCookie(login).substring(0, sessionCookie(login).indexOf(';'));

        var grid = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inquiries"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(grid.statusCode()).isEqualTo(200);
        assertThat(tomcatSession(login).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    /** The session that the response's cookie names, from Tomcat's session manager. */
    private Session tomcatSession(HttpResponse<?> response) throws IOException {
        String cookie = sessionCookie(response);
        String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
        var tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
        Session session =
                ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(id);
        assertThat(session).as("the session " + id).isNotNull();
        return session;
    }

    private static VaadinSession vaadinSession(Session session) {
        var attributes = session.getSession();
        return Collections.list(attributes.getAttributeNames()).stream()
                .map(attributes::getAttribute)
                .flatMap(value -> value instanceof VaadinSession vaadin ? Stream.of(vaadin) : Stream.empty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Vaadin session in " + session.getId()));
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
