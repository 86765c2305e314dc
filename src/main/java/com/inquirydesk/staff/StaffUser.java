package com.inquirydesk.staff;

import com.inquirydesk.base.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A staff account: who may log in, with which roles, how its recent failed logins stand, when it last logged in
 * and the language the app starts in for it.
 */
@Entity
@Table(name = "app_user")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false, length = 100)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sessions_valid_from")
    private @Nullable Instant sessionsValidFrom;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preferred_language", length = 2)
    private @Nullable Language preferredLanguage;

    @Version
    private long version;

    protected StaffUser() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.roles = "";
        this.createdAt = Instant.EPOCH;
    }

    StaffUser(
            String username,
            String displayName,
            @Nullable String email,
            String passwordHash,
            Role role,
            boolean mustChangePassword,
            @Nullable Language preferredLanguage,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = role.name();
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("User " + username + " is not stored yet");
        }
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Nullable
    String email() {
        return email;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The highest role granted; it includes the others. */
    Role role() {
        return effectiveRoles().stream().max(Enum::compareTo).orElse(Role.SALES);
    }

    void update(String displayName, @Nullable String email, Role role, Language preferredLanguage) {
        this.displayName = displayName;
        this.email = email;
        this.roles = role.name();
        this.preferredLanguage = preferredLanguage;
    }

    /** The language the app starts in after this person's login; null: the language of the login page. */
    @Nullable
    Language preferredLanguage() {
        return preferredLanguage;
    }

    void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    /** Enables or disables the account; disabling ends its sessions. */
    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        if (!enabled) {
            this.sessionsValidFrom = now;
        }
    }

    /** Sessions that started before this instant have ended; null when none has been ended. */
    @Nullable
    Instant sessionsValidFrom() {
        return sessionsValidFrom;
    }

    /**
     * Sets a new password hash; a temporary one (set by an administrator) must be changed at the next login.
     * Also lifts a lock from failed logins, and ends the account's sessions except the one making the change
     * (which logged in with the old password just before {@code now}).
     */
    void setPassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.sessionsValidFrom = now;
        this.mustChangePassword = temporary;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** The roles granted, each with the roles it includes. */
    Set<Role> effectiveRoles() {
        return Arrays.stream(roles.split(","))
                .filter(name -> !name.isBlank())
                .map(Role::valueOf)
                .flatMap(role -> role.withIncluded().stream())
                .collect(Collectors.toSet());
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; reaching the limit locks the account for a while and starts counting anew. */
    void loginFailed(int limit, Duration lockTime, Instant now) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = now.plus(lockTime);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Records a login to the app (not a script's request with HTTP Basic). */
    void loggedIn(Instant now) {
        lastLoginAt = now;
    }

    StaffAccount toAccount() {
        return new StaffAccount(
                id(),
                username,
                displayName,
                email,
                role(),
                enabled,
                mustChangePassword,
                lockedUntil,
                createdAt,
                lastLoginAt,
                preferredLanguage);
    }

    StaffMember toMember() {
        return new StaffMember(id(), username, displayName, email, effectiveRoles(), enabled);
    }
}
