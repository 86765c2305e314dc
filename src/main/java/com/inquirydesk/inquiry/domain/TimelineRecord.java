package com.inquirydesk.inquiry.domain;

import com.inquirydesk.inquiry.InquiryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an inquiry, recorded with it: who did what, when, and old → new. Its timeline shows these
 * beside the mails and files ({@link com.inquirydesk.inquiry.triage.TimelineEntry}); not an application event.
 */
@Entity
@Table(name = "inquiry_event")
public class TimelineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_event_id_seq")
    @SequenceGenerator(name = "inquiry_event_id_seq", sequenceName = "inquiry_event_id_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    private long inquiryId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30, updatable = false)
    private TimelineKind kind;

    @Column(length = 100, updatable = false)
    private @Nullable String actor;

    @Column(name = "old_value", length = 100, updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = 100, updatable = false)
    private @Nullable String newValue;

    @Column(length = 5000, updatable = false)
    private @Nullable String note;

    protected TimelineRecord() {
        this.occurredAt = Instant.EPOCH;
        this.kind = TimelineKind.SUBMITTED;
    }

    private TimelineRecord(long inquiryId, Instant occurredAt, TimelineKind kind, @Nullable String actor) {
        this.inquiryId = inquiryId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
    }

    /**
     * The first entry of every timeline: the inquiry arrived in a status, with the spam signal(s) it showed as the
     * note (the codes of {@link Inquiry#spamReason()} or {@link Inquiry#suspectedSpam()}; the status tells which).
     */
    public static TimelineRecord submitted(Inquiry inquiry) {
        return submitted(inquiry, null);
    }

    /**
     * The first entry of a timeline, with the staff member who entered the inquiry as its actor.
     *
     * @param enteredBy the username of the staff member who entered the inquiry; null when the client sent it
     */
    public static TimelineRecord submitted(Inquiry inquiry, @Nullable String enteredBy) {
        var record = new TimelineRecord(inquiry.id(), inquiry.receivedAt(), TimelineKind.SUBMITTED, enteredBy);
        record.newValue = inquiry.status().name();
        record.note = inquiry.spamReason() != null ? inquiry.spamReason() : inquiry.suspectedSpam();
        return record;
    }

    /** A staff member's change, with the value before and after, or a text (a note, a reply). */
    public static TimelineRecord change(
            Inquiry inquiry,
            Instant at,
            TimelineKind kind,
            String actor,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String note) {
        var record = new TimelineRecord(inquiry.id(), at, kind, actor);
        record.oldValue = oldValue;
        record.newValue = newValue;
        record.note = note;
        return record;
    }

    /** The status moved by itself when the client answered: the entry has no actor. */
    public static TimelineRecord movedByClientAnswer(
            Inquiry inquiry, Instant at, InquiryStatus from, InquiryStatus to) {
        var record = new TimelineRecord(inquiry.id(), at, TimelineKind.STATUS_CHANGED, null);
        record.oldValue = from.name();
        record.newValue = to.name();
        return record;
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

    public TimelineKind kind() {
        return kind;
    }
}
