package com.inquirydesk.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts for the rest of the app: who is logged in, who can be assigned, creating accounts. */
@Service
@Transactional(readOnly = true)
public class StaffService {

    static final int PASSWORD_MIN_LENGTH = 12;

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    StaffService(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Creates an enabled account.
     *
     * @throws WeakPasswordException when the password is shorter than 12 characters
     * @throws IllegalArgumentException when the username is taken
     */
    @Transactional
    public StaffMember create(String username, String displayName, @Nullable String email, Role role, String password) {
        if (password.length() < PASSWORD_MIN_LENGTH) {
            throw new WeakPasswordException("A password needs at least " + PASSWORD_MIN_LENGTH + " characters");
        }
        String name = normalize(username);
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("Username " + name + " is taken");
        }
        return users.save(new StaffUser(
                        name, displayName, email, passwordEncoder.encode(password), role, clock.instant()))
                .toMember();
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

    /** The staff member of the current request or UI session, if one is logged in. */
    public Optional<StaffMember> current() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return findByUsername(authentication.getName());
    }

    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
