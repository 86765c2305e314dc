package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** In the app, a temporary password leads to the account view from anywhere until it is replaced. */
class TemporaryPasswordGateIT extends ViewTest {

    private static final String TEMPORARY = "a long enough password";

    @Autowired
    StaffUserRepository users;

    @Autowired
    StaffService staff;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    @ParameterizedTest(name = "opening /{0} with a temporary password shows the account view")
    @ValueSource(strings = {"inquiries", "dashboard", "login"})
    void a_temporary_password_sends_every_navigation_to_the_account_view_until_it_is_replaced(String route) {
        String username = "gate-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new StaffUser(
                username, "Gate Test", null, encoder.encode(TEMPORARY), Role.MANAGER, true, null, clock.instant()));
        login(username);

        UI.getCurrent().navigate(route);
        assertThat(activeView()).isEqualTo("AccountView");

        staff.changeOwnPassword(TEMPORARY, "Copper kettle 93 windmill");
        UI.getCurrent().navigate("dashboard");
        assertThat(activeView()).isEqualTo("DashboardView");
    }

    private static String activeView() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getClass()
                .getSimpleName();
    }
}
