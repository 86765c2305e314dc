package com.inquirydesk.staff;

import java.util.EnumSet;
import java.util.Set;

/** What a staff member may do; each role includes the ones below it. */
public enum Role {
    SALES,
    MANAGER,
    ADMIN;

    /** The role names for {@code @RolesAllowed}. */
    public static final String SALES_ROLE = "SALES";

    public static final String MANAGER_ROLE = "MANAGER";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The authorities for {@code @Secured} on service methods. */
    public static final String SALES_AUTHORITY = "ROLE_SALES";

    public static final String MANAGER_AUTHORITY = "ROLE_MANAGER";
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    /** This role and every role it includes. */
    public Set<Role> withIncluded() {
        return EnumSet.range(SALES, this);
    }
}
