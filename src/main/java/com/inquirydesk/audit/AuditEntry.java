package com.inquirydesk.audit;

import com.inquirydesk.base.AdministrativeChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One administrative change: who, when, what to which target. Entries are written once and never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int DETAILS_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(nullable = false, length = 200, updatable = false)
    private String target;

    @Column(nullable = false, length = DETAILS_MAX_LENGTH, updatable = false)
    private String details;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.target = "";
        this.details = "";
    }

    AuditEntry(Instant occurredAt, String actor, AdministrativeChange change) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = change.action().code();
        this.target = change.target();
        this.details = AuditDetails.write(change.changes(), DETAILS_MAX_LENGTH);
    }

    AuditRecord toRecord() {
        return new AuditRecord(
                occurredAt, actor, action, target, AuditDetails.changes(details), AuditDetails.text(details));
    }
}
