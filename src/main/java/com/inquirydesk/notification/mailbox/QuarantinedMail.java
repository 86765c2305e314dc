package com.inquirydesk.notification.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A message the reader could not take in (broken, in an unknown charset, too large, over the sender's limit),
 * kept whole as it arrived, with the reason, until an administrator retries or discards it. It never holds up the
 * messages after it.
 */
@Entity
@Table(name = "quarantined_mail")
class QuarantinedMail {

    /** Where a quarantined message stands. */
    enum State {
        HELD,
        RETRIED,
        DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "inbound_message_id", nullable = false, updatable = false)
    private long inboundMessageId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private UnreadableMailException.Reason reason;

    @Column(length = 1000)
    private @Nullable String detail;

    @Column(name = "from_address", length = 254, updatable = false)
    private @Nullable String fromAddress;

    @Column(length = 400, updatable = false)
    private @Nullable String subject;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false)
    private byte[] eml;

    @Column(nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "quarantined_at", nullable = false, updatable = false)
    private Instant quarantinedAt;

    @Version
    private long version;

    protected QuarantinedMail() {
        this.reason = UnreadableMailException.Reason.BROKEN_MIME;
        this.eml = new byte[0];
        this.state = State.HELD;
        this.quarantinedAt = Instant.EPOCH;
    }

    QuarantinedMail(
            long inboundMessageId,
            UnreadableMailException.Reason reason,
            @Nullable String detail,
            @Nullable String fromAddress,
            @Nullable String subject,
            long size,
            byte[] eml,
            Instant now) {
        this.inboundMessageId = inboundMessageId;
        this.reason = reason;
        this.detail = detail == null ? null : InboundMessage.cut(detail, 1000);
        this.fromAddress = fromAddress == null ? null : InboundMessage.cut(fromAddress, 254);
        this.subject = subject == null ? null : InboundMessage.cut(subject, 400);
        this.size = size;
        this.eml = eml;
        this.attempts = 1;
        this.state = State.HELD;
        this.quarantinedAt = now;
    }

    /** Taken in after all, when an administrator tried it again. */
    void retried() {
        attempts++;
        state = State.RETRIED;
    }

    /** Tried again in vain: held still, for the new reason. */
    void failedAgain(UnreadableMailException.Reason reason, @Nullable String detail) {
        attempts++;
        this.reason = reason;
        this.detail = detail == null ? null : InboundMessage.cut(detail, 1000);
    }

    /** Thrown away by an administrator: its bytes go, the record that it came stays. */
    void discarded() {
        state = State.DISCARDED;
        eml = new byte[0];
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Quarantined mail is not stored yet");
        }
        return id;
    }

    long inboundMessageId() {
        return inboundMessageId;
    }

    UnreadableMailException.Reason reason() {
        return reason;
    }

    @Nullable
    String detail() {
        return detail;
    }

    @Nullable
    String fromAddress() {
        return fromAddress;
    }

    @Nullable
    String subject() {
        return subject;
    }

    long size() {
        return size;
    }

    byte[] eml() {
        return eml;
    }

    int attempts() {
        return attempts;
    }

    State state() {
        return state;
    }

    Instant quarantinedAt() {
        return quarantinedAt;
    }
}
