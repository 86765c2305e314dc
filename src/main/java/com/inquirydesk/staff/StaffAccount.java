package com.inquirydesk.staff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as administrators manage it.
 *
 * @param role the highest role granted; it includes the roles below it
 * @param lockedUntil when a lock from failed logins ends, if the account is locked
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
        Instant createdAt) {}
