package com.inquirydesk.staff;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An account with a temporary password does nothing but replace it: no API until then. */
@IntegrationTest
@AutoConfigureMockMvc
class TemporaryPasswordIT {

    private static final String TEMPORARY = "a long enough password";
    private static final String CHOSEN = "Copper kettle 93 windmill";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUserRepository users;

    @Autowired
    StaffService staff;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    /** The strategy this context's services read; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Test
    void a_manager_with_a_temporary_password_gets_403_with_a_problem_from_the_api_until_it_is_changed()
            throws Exception {
        String manager = newManagerWithTemporaryPassword();

        mvc.perform(get("/api/reports/inquiries.csv")
                        .with(httpBasic(manager, TEMPORARY))
                        .with(from("10.62.0.1"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(containsString("temporary password")));

        changeOwnPassword(manager);

        mvc.perform(get("/api/reports/inquiries.csv")
                        .with(httpBasic(manager, CHOSEN))
                        .with(from("10.62.0.1")))
                .andExpect(status().isOk());
    }

    @Test
    void a_temporary_password_still_logs_in_to_the_app_which_asks_for_a_new_one() throws Exception {
        String manager = newManagerWithTemporaryPassword();

        mvc.perform(post("/login")
                        .param("username", manager)
                        .param("password", TEMPORARY)
                        .header("Origin", "http://localhost")
                        .with(from("10.62.0.2")))
                .andExpect(redirectedUrl("/inquiries"));
    }

    @Test
    void a_role_that_may_not_read_reports_gets_a_problem_too() throws Exception {
        String username = "sales-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Sales Test", null, Role.SALES, TEMPORARY);

        mvc.perform(get("/api/reports/inquiries.csv")
                        .with(httpBasic(username, TEMPORARY))
                        .with(from("10.62.0.3")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String newManagerWithTemporaryPassword() {
        String username = "temporary-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new StaffUser(
                username,
                "Temporary Test",
                null,
                encoder.encode(TEMPORARY),
                Role.MANAGER,
                true,
                null,
                clock.instant()));
        return username;
    }

    private void changeOwnPassword(String username) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(Role.MANAGER_AUTHORITY)));
        securityContexts.setContext(context);
        try {
            staff.changeOwnPassword(TEMPORARY, CHOSEN);
        } finally {
            securityContexts.clearContext();
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
