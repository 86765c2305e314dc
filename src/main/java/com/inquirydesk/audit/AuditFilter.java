package com.inquirydesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of the audit trail to read, newest first.
 *
 * @param actor only this user's changes, or everyone's
 * @param action only this action's code, or every action
 * @param from only changes made at or after this instant, or from the start
 * @param before only changes made before this instant, or up to now
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant before) {

    /** The whole trail. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    /** The changes made on the days from {@code firstDay} to {@code lastDay}, both whole days in the zone. */
    public AuditFilter days(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, ZoneId zone) {
        return new AuditFilter(
                actor,
                action,
                firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
