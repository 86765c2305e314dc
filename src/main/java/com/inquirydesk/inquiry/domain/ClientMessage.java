package com.inquirydesk.inquiry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail from the client about an inquiry, as its timeline shows it: what the client wrote this time, and the
 * earlier text the mail quoted, kept apart so that the conversation reads without repeating itself.
 */
@Entity
@Table(name = "inquiry_message")
public class ClientMessage {

    public static final int BODY_MAX_LENGTH = 40_000;
    public static final int QUOTED_MAX_LENGTH = 100_000;
    public static final int SUBJECT_MAX_LENGTH = 400;
    public static final int REFUSED_FILES_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    private long inquiryId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "from_name", length = InquiryLimits.NAME_MAX_LENGTH, updatable = false)
    private @Nullable String fromName;

    @Column(name = "from_address", nullable = false, length = InquiryLimits.EMAIL_MAX_LENGTH, updatable = false)
    private String fromAddress;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH, updatable = false)
    private String subject;

    @Column(nullable = false, length = BODY_MAX_LENGTH, updatable = false)
    private String body;

    @Column(length = QUOTED_MAX_LENGTH, updatable = false)
    private @Nullable String quoted;

    /** The files that came with the mail and were not kept, each as "name: reason", one per line. */
    @Column(name = "refused_files", length = REFUSED_FILES_MAX_LENGTH, updatable = false)
    private @Nullable String refusedFiles;

    /** Whether the mail was written by a program (an out-of-office reply): shown, but nobody is told. */
    @Column(nullable = false, updatable = false)
    private boolean automatic;

    @Column(name = "mail_message_id", length = 250, updatable = false)
    private @Nullable String mailMessageId;

    protected ClientMessage() {
        this.receivedAt = Instant.EPOCH;
        this.fromAddress = "";
        this.subject = "";
        this.body = "";
    }

    public ClientMessage(
            long inquiryId,
            Instant receivedAt,
            @Nullable String fromName,
            String fromAddress,
            String subject,
            String body,
            @Nullable String quoted,
            @Nullable String refusedFiles,
            boolean automatic,
            @Nullable String mailMessageId) {
        this.inquiryId = inquiryId;
        this.receivedAt = receivedAt;
        this.fromName = fromName;
        this.fromAddress = fromAddress;
        this.subject = subject;
        this.body = body;
        this.quoted = quoted;
        this.refusedFiles = refusedFiles;
        this.automatic = automatic;
        this.mailMessageId = mailMessageId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Message is not stored yet");
        }
        return id;
    }

    public long inquiryId() {
        return inquiryId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public @Nullable String fromName() {
        return fromName;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public @Nullable String quoted() {
        return quoted;
    }

    public @Nullable String refusedFiles() {
        return refusedFiles;
    }

    public boolean automatic() {
        return automatic;
    }
}
