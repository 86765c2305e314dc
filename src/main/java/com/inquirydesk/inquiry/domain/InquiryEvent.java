package com.inquirydesk.inquiry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an inquiry's timeline and audit trail: who did what, when, and old → new. */
@Entity
@Table(name = "inquiry_event")
public class InquiryEvent {

    /** What happened; stored by name. */
    public enum Type {
        SUBMITTED,
        ASSIGNED,
        STATUS_CHANGED,
        PRIORITY_CHANGED,
        NOTE,
        REPLY,
        DUPLICATE_MARKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    private long inquiryId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 30, updatable = false)
    private String type;

    @Column(length = 100, updatable = false)
    private @Nullable String actor;

    @Column(name = "old_value", length = 100, updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = 100, updatable = false)
    private @Nullable String newValue;

    @Column(length = 5000, updatable = false)
    private @Nullable String note;

    protected InquiryEvent() {
        this.occurredAt = Instant.EPOCH;
        this.type = "";
    }

    private InquiryEvent(long inquiryId, Instant occurredAt, Type type, @Nullable String actor) {
        this.inquiryId = inquiryId;
        this.occurredAt = occurredAt;
        this.type = type.name();
        this.actor = actor;
    }

    /** The first entry of every timeline: the inquiry arrived through a source in a status. */
    public static InquiryEvent submitted(Inquiry inquiry) {
        var event = new InquiryEvent(inquiry.id(), inquiry.receivedAt(), Type.SUBMITTED, null);
        event.newValue = inquiry.status().name();
        event.note = inquiry.spamReason() == null ? null : "spam: " + inquiry.spamReason();
        return event;
    }

    /** A staff member's change, with the value before and after, or a text (a note, a reply). */
    public static InquiryEvent change(
            Inquiry inquiry,
            Instant at,
            Type type,
            String actor,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String note) {
        var event = new InquiryEvent(inquiry.id(), at, type, actor);
        event.oldValue = oldValue;
        event.newValue = newValue;
        event.note = note;
        return event;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    @Nullable
    public String actor() {
        return actor;
    }

    @Nullable
    public String oldValue() {
        return oldValue;
    }

    @Nullable
    public String newValue() {
        return newValue;
    }

    @Nullable
    public String note() {
        return note;
    }

    long inquiryId() {
        return inquiryId;
    }

    public String type() {
        return type;
    }
}
