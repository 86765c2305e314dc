package com.inquirydesk.notification;

import com.inquirydesk.base.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One mail in the outbox: its finished content, its recipients and its delivery state. */
@Entity
@Table(name = "outbound_mail")
class OutboundMail {

    static final int ERROR_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_id_seq")
    @SequenceGenerator(name = "outbound_mail_id_seq", sequenceName = "outbound_mail_id_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "inquiry_id", updatable = false)
    private @Nullable Long inquiryId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30, updatable = false)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(name = "to_addresses", nullable = false, length = 2000, updatable = false)
    private String toAddresses;

    @Column(name = "cc_addresses", length = 2000, updatable = false)
    private @Nullable String ccAddresses;

    @Column(name = "reply_to", length = 254, updatable = false)
    private @Nullable String replyTo;

    @Column(name = "primary_recipient", nullable = false, length = 254, updatable = false)
    private String primaryRecipient;

    @Column(nullable = false, length = 400, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 40000, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, length = 40000, updatable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "message_id", nullable = false, length = 250, updatable = false)
    private String messageId;

    @Column(name = "in_reply_to", length = 250, updatable = false)
    private @Nullable String inReplyTo;

    @Column(name = "mail_references", length = 3000, updatable = false)
    private @Nullable String mailReferences;

    @Column(name = "bounced_at")
    private @Nullable Instant bouncedAt;

    @Version
    private long version;

    protected OutboundMail() {
        this.kind = MailKind.STAFF_NOTIFICATION;
        this.language = Language.EN;
        this.toAddresses = "";
        this.primaryRecipient = "";
        this.subject = "";
        this.bodyText = "";
        this.bodyHtml = "";
        this.state = MailState.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.messageId = "";
    }

    /** A new mail, due at once, with its place in its conversation. */
    OutboundMail(
            @Nullable Long inquiryId,
            MailKind kind,
            Language language,
            List<String> to,
            List<String> cc,
            @Nullable String replyTo,
            MailContent content,
            MailThread thread,
            Instant now) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        this.inquiryId = inquiryId;
        this.kind = kind;
        this.language = language;
        this.toAddresses = String.join(",", to);
        this.ccAddresses = cc.isEmpty() ? null : String.join(",", cc);
        this.replyTo = replyTo;
        this.primaryRecipient = to.getFirst();
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        this.state = MailState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.messageId = thread.messageId();
        this.inReplyTo = thread.inReplyTo();
        this.mailReferences = thread.references().isEmpty() ? null : String.join(" ", thread.references());
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Mail is not stored yet");
        }
        return id;
    }

    @Nullable
    Long inquiryId() {
        return inquiryId;
    }

    MailKind kind() {
        return kind;
    }

    Language language() {
        return language;
    }

    List<String> to() {
        return List.of(toAddresses.split(","));
    }

    List<String> cc() {
        return ccAddresses == null ? List.of() : List.of(ccAddresses.split(","));
    }

    @Nullable
    String replyTo() {
        return replyTo;
    }

    String subject() {
        return subject;
    }

    String bodyText() {
        return bodyText;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    MailState state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable
    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant sentAt() {
        return sentAt;
    }

    /** Its own Message-ID and the ones it answers, as its headers carry them. */
    MailThread thread() {
        return new MailThread(
                messageId, inReplyTo, mailReferences == null ? List.of() : List.of(mailReferences.split(" ")));
    }

    @Nullable
    Instant bouncedAt() {
        return bouncedAt;
    }

    MailDetails toDetails(String from) {
        return new MailDetails(toSummary(), from, replyTo, bodyText, bodyHtml);
    }

    MailSummary toSummary() {
        return new MailSummary(
                id(),
                inquiryId,
                kind,
                language,
                to(),
                cc(),
                subject,
                state,
                attempts,
                nextAttemptAt,
                lastError,
                createdAt,
                sentAt);
    }
}
