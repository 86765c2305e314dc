package com.inquirydesk.staff;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Changes;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: who is logged in and who can be assigned, for the rest of the app; creating, changing,
 * disabling accounts and resetting passwords, for administrators; changing one's own password, for everyone.
 * Every administrative change publishes an {@link AdministrativeChange} for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    static final int DISPLAY_NAME_MAX_LENGTH = 100;

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final StaffSessions sessions;
    private final LoginThrottle loginThrottle;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    StaffService(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            StaffSessions sessions,
            LoginThrottle loginThrottle,
            ApplicationEventPublisher publisher,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.loginThrottle = loginThrottle;
        this.publisher = publisher;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Creates an enabled account with a password its owner chose; used when the app sets itself up.
     *
     * @throws InvalidInputException when a field breaks a rule (the password policy included) or the
     *     username is taken
     */
    @Transactional
    public StaffMember create(String username, String displayName, @Nullable String email, Role role, String password) {
        return createAccount(username, displayName, email, role, null, password, false)
                .toMember();
    }

    /**
     * Creates the first administrator, {@code admin}, when the app starts with no accounts.
     *
     * @param temporary whether the password was generated (and printed), so that it must be changed at
     *     the first login
     * @throws WeakPasswordException when the password breaks the policy
     */
    @Transactional
    public StaffMember createFirstAdministrator(String password, boolean temporary) {
        return createAccount("admin", "Administrator", null, Role.ADMIN, null, password, temporary)
                .toMember();
    }

    /**
     * An administrator creates an account with a temporary password, which its owner must change at the
     * first login.
     *
     * @throws InvalidInputException when a field breaks a rule or the username is taken; nothing is stored
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffAccount createAccount(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            @Nullable Language language,
            String temporaryPassword) {
        if (language == null) {
            throw new InvalidInputException("language", "account.language.required");
        }
        return createAccount(username, displayName, email, role, language, temporaryPassword, true)
                .toAccount();
    }

    private StaffUser createAccount(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            @Nullable Language language,
            String password,
            boolean temporary) {
        String name = normalize(username);
        var input = new FormInput();
        if (!USERNAME.matcher(name).matches()) {
            input.refuse("username", "account.username.invalid");
        } else if (users.findByUsername(name).isPresent()) {
            input.refuse("username", "account.username.taken");
        }
        String cleanName = input.text("displayName", displayName, DISPLAY_NAME_MAX_LENGTH, true);
        String cleanEmail = emptyToNull(input.email("email", email, false));
        input.check();
        passwordPolicy.check(password, name, cleanName, cleanEmail);
        var user = users.save(new StaffUser(
                name,
                cleanName,
                cleanEmail,
                passwordEncoder.encode(password),
                role,
                temporary,
                language,
                clock.instant()));
        publisher.publishEvent(new AdministrativeChange(
                Action.USER_CREATED,
                target(user),
                new Changes()
                        .field(Field.ROLE, null, role)
                        .field(Field.NAME, null, cleanName)
                        .field(Field.EMAIL, null, cleanEmail)
                        .field(Field.LANGUAGE, null, language)
                        .list()));
        return user;
    }

    /** Every account, enabled or not, by username. */
    @Secured(Role.ADMIN_AUTHORITY)
    public List<StaffAccount> accounts() {
        return users.findAll().stream()
                .map(StaffUser::toAccount)
                .sorted(Comparator.comparing(StaffAccount::username))
                .toList();
    }

    /**
     * Changes an account's name, address, role and language.
     *
     * @throws InvalidInputException when a field breaks a rule, or when it would leave no enabled administrator
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffAccount update(
            long id, String displayName, @Nullable String email, Role role, @Nullable Language language) {
        StaffUser user = load(id);
        var input = new FormInput();
        String cleanName = input.text("displayName", displayName, DISPLAY_NAME_MAX_LENGTH, true);
        String cleanEmail = emptyToNull(input.email("email", email, false));
        if (language == null) {
            input.refuse("language", "account.language.required");
        }
        input.check();
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdministrator(user, "role");
        }
        var changes = new Changes()
                .field(Field.NAME, user.displayName(), cleanName)
                .field(Field.EMAIL, user.email(), cleanEmail)
                .field(Field.ROLE, user.role(), role)
                .field(Field.LANGUAGE, user.preferredLanguage(), language);
        user.update(cleanName, cleanEmail, role, language);
        if (!changes.isEmpty()) {
            publisher.publishEvent(new AdministrativeChange(Action.USER_UPDATED, target(user), changes.list()));
        }
        return user.toAccount();
    }

    /**
     * Enables or disables an account. A disabled account cannot log in, its sessions end at their next
     * request, and everything it did stays on record.
     *
     * @throws InvalidInputException when administrators would disable themselves or the last administrator
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public StaffAccount setEnabled(long id, boolean enabled) {
        StaffUser user = load(id);
        if (user.isEnabled() == enabled) {
            return user.toAccount();
        }
        if (!enabled) {
            if (currentUsername().filter(user.username()::equals).isPresent()) {
                throw new InvalidInputException("enabled", "account.cannotDisableSelf");
            }
            keepAnAdministrator(user, "enabled");
        }
        user.setEnabled(enabled, clock.instant());
        publisher.publishEvent(
                new AdministrativeChange(enabled ? Action.USER_ENABLED : Action.USER_DISABLED, target(user)));
        sessions.forget(user.username());
        return user.toAccount();
    }

    /**
     * Sets a temporary password that the owner must change at the next login, lifts a lock from failed
     * logins (also against the addresses that failed for the account), and ends the account's sessions.
     *
     * @throws WeakPasswordException when the password breaks the policy
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        StaffUser user = load(id);
        passwordPolicy.check(temporaryPassword, user.username(), user.displayName(), user.email());
        user.setPassword(passwordEncoder.encode(temporaryPassword), true, clock.instant());
        publisher.publishEvent(new AdministrativeChange(Action.USER_PASSWORD_RESET, target(user)));
        sessions.forget(user.username());
        loginThrottle.forgetFailures(user.username());
    }

    /**
     * The logged-in staff member changes their own password.
     *
     * @throws InvalidInputException when the current password is wrong, or the new one breaks the policy or
     *     equals the current one
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = users.findByUsername(
                        currentUsername().orElseThrow(() -> new IllegalStateException("Nobody is logged in")))
                .orElseThrow(() -> new IllegalStateException("The logged-in account is gone"));
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new WeakPasswordException("password.unchanged");
        }
        passwordPolicy.check(newPassword, user.username(), user.displayName(), user.email());
        user.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        sessions.keepCurrent(user.username());
        publisher.publishEvent(new AdministrativeChange(Action.USER_PASSWORD_CHANGED, target(user)));
    }

    /** The language the app starts in after the logged-in staff member's login, if they chose one. */
    public Optional<Language> currentPreferredLanguage() {
        return currentUsername().flatMap(users::findByUsername).map(StaffUser::preferredLanguage);
    }

    /** The logged-in staff member chooses the language the app starts in after their login. */
    @Transactional
    public void setOwnPreferredLanguage(Language language) {
        users.findByUsername(currentUsername().orElseThrow(() -> new IllegalStateException("Nobody is logged in")))
                .orElseThrow(() -> new IllegalStateException("The logged-in account is gone"))
                .setPreferredLanguage(language);
    }

    /** Whether the logged-in staff member still has a temporary password to replace. */
    public boolean currentMustChangePassword() {
        return currentUsername()
                .flatMap(users::findByUsername)
                .map(StaffUser::mustChangePassword)
                .orElse(false);
    }

    /** Whether any account exists at all. */
    public boolean anyAccount() {
        return users.count() > 0;
    }

    /** Enabled staff, by name: who inquiries can be assigned to. */
    public List<StaffMember> activeStaff() {
        return users.findByEnabledTrueOrderByDisplayNameAsc().stream()
                .map(StaffUser::toMember)
                .toList();
    }

    public Optional<StaffMember> find(long id) {
        return users.findById(id).map(StaffUser::toMember);
    }

    public Optional<StaffMember> findByUsername(String username) {
        return users.findByUsername(normalize(username)).map(StaffUser::toMember);
    }

    /**
     * The display names of the accounts with these usernames, in one query: for a timeline that names everyone who
     * worked on an inquiry. A username without an account (any more) is left out.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(Set.copyOf(usernames)).stream()
                .collect(Collectors.toMap(StaffUser::username, StaffUser::displayName));
    }

    /** The staff member of the current request or UI session, if one is logged in. */
    public Optional<StaffMember> current() {
        return currentUsername().flatMap(this::findByUsername);
    }

    private Optional<String> currentUsername() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    private StaffUser load(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
    }

    /** Refuses a change that would leave no enabled administrator: nobody could administer the app any more. */
    private void keepAnAdministrator(StaffUser user, String field) {
        boolean anotherAdmin = users.findByEnabledTrueOrderByDisplayNameAsc().stream()
                .anyMatch(other -> !other.username().equals(user.username()) && other.role() == Role.ADMIN);
        if (user.isEnabled() && user.role() == Role.ADMIN && !anotherAdmin) {
            throw new InvalidInputException(field, "account.lastAdministrator");
        }
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String target(StaffUser user) {
        return Target.USER.of(user.username());
    }

    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
