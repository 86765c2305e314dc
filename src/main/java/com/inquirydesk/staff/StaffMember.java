package com.inquirydesk.staff;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A staff member as other modules see them: for assignment lists, timelines and the current user. */
public record StaffMember(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled) {}
