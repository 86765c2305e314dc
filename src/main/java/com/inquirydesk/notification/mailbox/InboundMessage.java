package com.inquirydesk.notification.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One message the mailbox reader took, recorded in the transaction that stores what it became. Its key is the same
 * for the same message delivered twice, and unique per mailbox: a message is taken in once.
 */
@Entity
@Table(name = "inbound_message")
class InboundMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 300, updatable = false)
    private String mailbox;

    @Column(name = "message_key", nullable = false, length = 64, updatable = false)
    private String messageKey;

    @Column(name = "message_id", length = 250)
    private @Nullable String messageId;

    @Column(name = "uid_validity", nullable = false, updatable = false)
    private long uidValidity;

    @Column(nullable = false, updatable = false)
    private long uid;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    @Column(name = "from_address", length = 254)
    private @Nullable String fromAddress;

    @Column(length = 400)
    private @Nullable String subject;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InboundOutcome outcome;

    @Column(name = "inquiry_id")
    private @Nullable Long inquiryId;

    @Column(name = "outbound_mail_id")
    private @Nullable Long outboundMailId;

    protected InboundMessage() {
        this.mailbox = "";
        this.messageKey = "";
        this.receivedAt = Instant.EPOCH;
        this.processedAt = Instant.EPOCH;
        this.outcome = InboundOutcome.QUARANTINED;
    }

    InboundMessage(
            String mailbox,
            String messageKey,
            @Nullable String messageId,
            long uidValidity,
            long uid,
            Instant receivedAt,
            Instant processedAt,
            @Nullable String fromAddress,
            @Nullable String subject,
            InboundOutcome outcome) {
        this.mailbox = mailbox;
        this.messageKey = messageKey;
        this.messageId = messageId == null ? null : cut(messageId, 250);
        this.uidValidity = uidValidity;
        this.uid = uid;
        this.receivedAt = receivedAt;
        this.processedAt = processedAt;
        this.fromAddress = fromAddress == null ? null : cut(fromAddress, 254);
        this.subject = subject == null ? null : cut(subject, 400);
        this.outcome = outcome;
    }

    /** What a message that could not be read at first says about itself, once it is read (from the quarantine). */
    void identified(@Nullable String messageId, @Nullable String fromAddress, @Nullable String subject) {
        if (this.messageId == null && messageId != null) {
            this.messageId = cut(messageId, 250);
        }
        if (this.fromAddress == null && fromAddress != null) {
            this.fromAddress = cut(fromAddress, 254);
        }
        if (this.subject == null && subject != null) {
            this.subject = cut(subject, 400);
        }
    }

    /** The message became something after all (an administrator retried it from the quarantine). */
    void resolved(InboundOutcome outcome, @Nullable Long inquiryId, @Nullable Long outboundMailId, Instant now) {
        this.outcome = outcome;
        this.inquiryId = inquiryId;
        this.outboundMailId = outboundMailId;
        this.processedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Inbound message is not stored yet");
        }
        return id;
    }

    InboundOutcome outcome() {
        return outcome;
    }

    @Nullable
    Long inquiryId() {
        return inquiryId;
    }

    long uid() {
        return uid;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
