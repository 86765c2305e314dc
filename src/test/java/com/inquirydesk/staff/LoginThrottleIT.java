package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Failed logins lock an account for the addresses they came from, and throttle an address that fails often. */
@IntegrationTest
@AutoConfigureMockMvc
class LoginThrottleIT {

    private static final String PASSWORD = "a long enough password";
    private static final String TEMPORARY = "Copper kettle 93 windmill";

    /** Each test logs in from addresses of its own, so that one test's failures do not throttle another's. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    /** The strategy this context's method security reads; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    StaffService staff;

    @Autowired
    StaffUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MutableClock clock;

    @Autowired
    Environment environment;

    @Test
    void the_right_password_logs_in_and_lands_on_the_inquiries() throws Exception {
        String username = newUser();

        login(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_a_while_even_against_the_right_one() throws Exception {
        String username = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong password " + i, address).andExpect(redirectedUrl("/login?error"));
        }

        login(username, PASSWORD, address).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofMinutes(16));
        login(username, PASSWORD, address).andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void five_failures_from_one_address_do_not_lock_the_owner_out_from_another() throws Exception {
        String username = newUser();
        String attacker = newAddress();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong password " + i, attacker).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(users.findByUsername(username).orElseThrow().isLockedAt(clock.instant()))
                .as("the account itself is locked, as administrators see it")
                .isTrue();

        login(username, PASSWORD, attacker).andExpect(redirectedUrl("/login?error"));
        login(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/inquiries"));
        login(username, PASSWORD, attacker).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_locked_account_refuses_every_address_that_failed_against_it_even_once() throws Exception {
        String username = newUser();
        var failed = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            failed.add(newAddress());
            login(username, "wrong password " + i, failed.getLast()).andExpect(redirectedUrl("/login?error"));
        }

        for (String address : failed) {
            login(username, PASSWORD, address).andExpect(redirectedUrl("/login?error"));
        }
        login(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void an_address_that_fails_twenty_times_is_throttled_for_every_account() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            login("nobody-" + UUID.randomUUID(), "wrong", address).andExpect(redirectedUrl("/login?error"));
        }
        String username = newUser();

        login(username, PASSWORD, address).andExpect(redirectedUrl("/login?error"));
        login(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/inquiries"));

        clock.advance(Duration.ofMinutes(16));
        login(username, PASSWORD, address).andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void failures_over_http_basic_count_the_same_and_do_not_lock_the_owner_out_either() throws Exception {
        String username = newUser(Role.MANAGER);
        String attacker = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/reports/inquiries.csv")
                            .with(httpBasic(username, "wrong password " + i))
                            .with(from(attacker)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/reports/inquiries.csv")
                        .with(httpBasic(username, PASSWORD))
                        .with(from(attacker)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/inquiries.csv")
                        .with(httpBasic(username, PASSWORD))
                        .with(from(newAddress())))
                .andExpect(status().isOk());
        login(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void a_password_reset_lets_the_owner_in_again_from_the_address_that_failed() throws Exception {
        String username = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong password " + i, address).andExpect(redirectedUrl("/login?error"));
        }

        asAdministrator(() ->
                staff.resetPassword(staff.findByUsername(username).orElseThrow().id(), TEMPORARY));

        login(username, TEMPORARY, address).andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void an_unknown_user_a_wrong_password_and_a_locked_account_look_the_same() throws Exception {
        String locked = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            login(locked, "wrong", address);
        }
        String known = newUser();

        String unknownAnswer = redirect(login("nobody-" + UUID.randomUUID(), PASSWORD, address));
        String wrongAnswer = redirect(login(known, "wrong", address));
        String lockedAnswer = redirect(login(locked, PASSWORD, address));

        assertThat(unknownAnswer).isEqualTo(wrongAnswer).isEqualTo(lockedAnswer).isEqualTo("/login?error");
    }

    @Test
    void disabling_an_account_ends_its_browser_session_at_the_next_request() throws Exception {
        String username = newUser();
        var session = (MockHttpSession)
                login(username, PASSWORD, newAddress()).andReturn().getRequest().getSession(false);
        // logged in: the session holds the account (a request for a view would reach the Vaadin servlet, which
        // MockMvc does not have)
        assertThat(((SecurityContext)
                                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                        .getAuthentication()
                        .getName())
                .isEqualTo(username);

        asAdministrator(() ->
                staff.setEnabled(staff.findByUsername(username).orElseThrow().id(), false));

        mvc.perform(get("/inquiries").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void no_profile_comes_with_default_credentials() throws Exception {
        assertThat(environment.getProperty("spring.security.user.password")).isNull();
        var admin = users.findByUsername("admin").orElseThrow();
        for (String guess : new String[] {"admin", "password", "admin123", "changeme", "inquirydesk", ""}) {
            assertThat(encoder.matches(guess, admin.passwordHash())).as(guess).isFalse();
        }
        login("admin", "admin", newAddress()).andExpect(redirectedUrl("/login?error"));
        assertThat(admin.mustChangePassword())
                .as("the generated password was printed in the log, so it must be replaced at the first login")
                .isTrue();
    }

    private void asAdministrator(Runnable change) {
        var admin = securityContexts.createEmptyContext();
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, AuthorityUtils.createAuthorityList(Role.ADMIN_AUTHORITY)));
        securityContexts.setContext(admin);
        try {
            change.run();
        } finally {
            securityContexts.clearContext();
        }
    }

    private String newUser() {
        return newUser(Role.SALES);
    }

    private String newUser(Role role) {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Throttle Test", null, role, PASSWORD);
        return username;
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.60." + (n / 250) + "." + (n % 250 + 1);
    }

    /** The login form as the browser posts it, from the app's own page. */
    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .header("Origin", "http://localhost")
                .with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String redirect(ResultActions result) {
        return result.andReturn().getResponse().getRedirectedUrl();
    }
}
