package com.inquirydesk.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.ViewTest;
import com.inquirydesk.audit.AuditRecord;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.FieldChange;
import com.inquirydesk.base.Language;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdministrationIT extends ViewTest {

    private static final String TEMPORARY = "Kiln quartz 47 lantern";

    @Autowired
    StaffService staff;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    StaffSessions sessions;

    @Autowired
    Clock clock;

    @Autowired
    AuditTrail audit;

    @Test
    void an_administrator_creates_a_sales_user_who_logs_in_and_replaces_the_temporary_password() {
        String admin = newStaff("ADMIN");
        login(admin);
        String username = "sales-" + UUID.randomUUID().toString().substring(0, 8);

        UI.getCurrent().navigate(UsersView.class);
        _click(_get(UsersView.class).create);
        var dialog = _get(UsersView.AccountDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.displayName, "王芳");
        _setValue(dialog.email, "wang.fang@example.cn");
        _setValue(dialog.role, Role.SALES);
        _setValue(dialog.language, Language.ZH);
        _setValue(dialog.password, TEMPORARY);
        assertThat(List.of(dialog.username, dialog.displayName, dialog.role, dialog.language, dialog.password))
                .as("required fields are marked")
                .allMatch(HasValue::isRequiredIndicatorVisible);
        assertThat(dialog.email.isRequiredIndicatorVisible())
                .as("the optional email")
                .isFalse();
        _click(dialog.save);

        var users = _get(UsersView.class);
        assertThat(users.grid.getGenericDataView().getItems()).anySatisfy(account -> {
            assertThat(account.username()).isEqualTo(username);
            assertThat(account.role()).isEqualTo(Role.SALES);
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.preferredLanguage()).isEqualTo(Language.ZH);
            assertThat(users.lastLogin(account)).isEqualTo("Never");
        });
        assertThat(authenticate(username, TEMPORARY).getAuthorities())
                .extracting(Object::toString)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactly("ROLE_SALES");
        assertThat(audit.newestFirst(admin, "user.created", 0, 10))
                .extracting(AuditRecord::target)
                .contains("user:" + username);

        login(username);
        UI.getCurrent().navigate("inquiries");
        var account = _get(AccountView.class);
        assertThat(account.temporaryNotice.isVisible()).isTrue();
        _setValue(account.currentPassword, TEMPORARY);
        _setValue(account.newPassword, "Copper kettle 93 windmill");
        _setValue(account.confirmation, "Copper kettle 93 windmill");
        _click(account.change);

        assertThat(staff.currentMustChangePassword()).isFalse();
        UI.getCurrent().navigate("inquiries");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst()
                        .getClass()
                        .getSimpleName())
                .isEqualTo("InquiriesView");
        assertThat(authenticate(username, "Copper kettle 93 windmill").isAuthenticated())
                .isTrue();
    }

    @Test
    void an_administrator_changes_a_users_language_and_the_trail_records_it() {
        String admin = newStaff("ADMIN");
        String sales = newStaff("SALES");
        login(admin);

        UI.getCurrent().navigate(UsersView.class);
        var users = _get(UsersView.class);
        _click(rowAction(
                users.grid, account -> account.username().equals(sales), users.getTranslation("account.edit")));
        var dialog = _get(UsersView.AccountDialog.class);
        assertThat(dialog.language.getValue()).as("a language never chosen").isNull();
        _click(dialog.save);
        assertThat(dialog.language.isInvalid())
                .as("the language must be chosen")
                .isTrue();
        _setValue(dialog.language, Language.ZH);
        _click(dialog.save);

        assertThat(staff.accounts())
                .filteredOn(account -> account.username().equals(sales))
                .singleElement()
                .satisfies(account -> assertThat(account.preferredLanguage()).isEqualTo(Language.ZH));
        assertThat(audit.newestFirst(admin, "user.updated", 0, 10))
                .filteredOn(entry -> entry.target().equals("user:" + sales))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.changes()).containsExactly(new FieldChange(Field.LANGUAGE, null, "ZH")));
    }

    @Test
    void everyone_chooses_the_language_the_app_starts_in_after_their_login() {
        String sales = newStaff("SALES");
        login(sales);
        UI.getCurrent().navigate(AccountView.class);
        var account = _get(AccountView.class);

        _setValue(account.language, Language.ZH);

        assertThat(staff.currentPreferredLanguage()).contains(Language.ZH);
        assertThat(UI.getCurrent().getLocale().getLanguage())
                .as("this visit too")
                .isEqualTo("zh");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({
        "short-pw-1,              password.tooShort",
        "password12345678,        password.common",
        "USERNAME furnace 2026,   password.personal"
    })
    void weak_temporary_passwords_are_refused_with_the_reason_and_nothing_is_stored(String password, String reason) {
        login(newStaff("ADMIN"));
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);

        UI.getCurrent().navigate(UsersView.class);
        _click(_get(UsersView.class).create);
        var dialog = _get(UsersView.AccountDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.displayName, "Test Person");
        _setValue(dialog.password, password.replace("USERNAME", username));
        _click(dialog.save);

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo(dialog.getTranslation(reason, 12));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(staff.findByUsername(username)).isEmpty();
    }

    @Test
    void disabling_a_user_ends_their_sessions_refuses_their_login_and_keeps_the_account() {
        String admin = newStaff("ADMIN");
        String sales = newStaff("SALES");
        Instant loggedIn = clock.instant();
        assertThat(sessions.isValid(sales, loggedIn)).isTrue();
        login(admin);

        UI.getCurrent().navigate(UsersView.class);
        var users = _get(UsersView.class);
        _click(rowAction(
                users.grid, account -> account.username().equals(sales), users.getTranslation("account.disable")));

        assertThat(sessions.isValid(sales, loggedIn))
                .as("the session that logged in before")
                .isFalse();
        assertThatThrownBy(() -> authenticate(sales, "a long enough password")).isInstanceOf(DisabledException.class);
        assertThat(staff.findByUsername(sales))
                .hasValueSatisfying(member -> assertThat(member.enabled()).isFalse());
        assertThat(audit.newestFirst(admin, "user.disabled", 0, 10))
                .extracting(AuditRecord::target)
                .contains("user:" + sales);

        _click(rowAction(
                users.grid, account -> account.username().equals(sales), users.getTranslation("account.enable")));
        assertThat(authenticate(sales, "a long enough password").isAuthenticated())
                .isTrue();
    }

    @Test
    void a_reset_password_is_temporary_and_ends_the_sessions() {
        String admin = newStaff("ADMIN");
        String sales = newStaff("SALES");
        Instant loggedIn = clock.instant().minusSeconds(60);
        assertThat(sessions.isValid(sales, loggedIn)).isTrue();
        login(admin);

        UI.getCurrent().navigate(UsersView.class);
        var users = _get(UsersView.class);
        _click(rowAction(
                users.grid,
                account -> account.username().equals(sales),
                users.getTranslation("account.resetPassword")));
        var dialog = _get(UsersView.ResetDialog.class);
        _setValue(dialog.password, TEMPORARY);
        _click(dialog.reset);

        assertThat(sessions.isValid(sales, loggedIn))
                .as("the session that logged in before")
                .isFalse();
        assertThat(sessions.isValid(sales, clock.instant().plusSeconds(1)))
                .as("a new login")
                .isTrue();
        assertThat(authenticate(sales, TEMPORARY).isAuthenticated()).isTrue();
        assertThat(staff.findByUsername(sales)).isPresent();
        login(sales);
        assertThat(staff.currentMustChangePassword()).isTrue();
    }

    @Test
    void administrators_cannot_disable_themselves_or_remove_the_last_administrator() {
        String admin = newStaff("ADMIN");
        login(admin);
        long id = staff.findByUsername(admin).orElseThrow().id();

        assertThatThrownBy(() -> staff.setEnabled(id, false))
                .isInstanceOfSatisfying(
                        com.inquirydesk.base.InvalidInputException.class,
                        refused -> assertThat(refused.violations().getFirst().messageKey())
                                .isEqualTo("account.cannotDisableSelf"));
        assertThat(staff.findByUsername(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void everyone_changes_their_own_password_only_with_the_current_one() {
        String sales = newStaff("SALES");
        login(sales);
        UI.getCurrent().navigate(AccountView.class);
        var account = _get(AccountView.class);

        _setValue(account.currentPassword, "not my password");
        _setValue(account.newPassword, "Copper kettle 93 windmill");
        _setValue(account.confirmation, "Copper kettle 93 windmill");
        _click(account.change);

        assertThat(account.currentPassword.isInvalid()).isTrue();
        assertThat(authenticate(sales, "a long enough password").isAuthenticated())
                .isTrue();
    }

    private Authentication authenticate(String username, String password) {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
