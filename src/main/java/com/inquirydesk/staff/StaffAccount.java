package com.inquirydesk.staff;

import com.inquirydesk.base.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as administrators manage it.
 *
 * @param role the highest role granted; it includes the roles below it
 * @param lockedUntil when a lock from failed logins ends, if the account is locked
 * @param lastLoginAt when its owner last logged in to the app, if ever
 * @param preferredLanguage the language the app starts in after its owner's login; null: the login page's
 */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        @Nullable Language preferredLanguage) {

    /** Whether an account can be used, in the order that matters to an administrator. */
    public enum State {
        ACTIVE,
        MUST_CHANGE_PASSWORD,
        LOCKED,
        DISABLED
    }

    /** The one state shown for the account: disabled before locked before a password to change. */
    public State state() {
        if (!enabled) {
            return State.DISABLED;
        }
        if (lockedUntil != null) {
            return State.LOCKED;
        }
        return mustChangePassword ? State.MUST_CHANGE_PASSWORD : State.ACTIVE;
    }
}
