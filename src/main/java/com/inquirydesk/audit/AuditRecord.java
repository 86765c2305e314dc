package com.inquirydesk.audit;

import com.inquirydesk.base.AdministrativeChange.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as administrators read it.
 *
 * @param actor the username, or {@code system} for a change nobody logged in made
 * @param action the code of an {@link com.inquirydesk.base.AdministrativeChange.Action}
 * @param target as {@link com.inquirydesk.base.AdministrativeChange.Target} makes it, e.g. {@code user:jdoe}
 * @param changes the fields that changed
 * @param text what an entry written before the changes were listed says about them, in English; empty otherwise
 */
public record AuditRecord(
        Instant occurredAt, String actor, String action, String target, List<FieldChange> changes, String text) {

    public AuditRecord {
        changes = List.copyOf(changes);
    }
}
