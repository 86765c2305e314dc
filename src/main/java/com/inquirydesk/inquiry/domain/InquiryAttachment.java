package com.inquirydesk.inquiry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file that came with an inquiry: what it is; its bytes are an {@link AttachmentContent} of their own. */
@Entity
@Table(name = "inquiry_attachment")
public class InquiryAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    private long inquiryId;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The client's mail the file came with, when it came with a later mail rather than with the inquiry. */
    @Column(name = "message_id", updatable = false)
    private @Nullable Long messageId;

    protected InquiryAttachment() {
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.createdAt = Instant.EPOCH;
    }

    public InquiryAttachment(
            long inquiryId, String fileName, String contentType, long size, String sha256, Instant now) {
        this.inquiryId = inquiryId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    /** A file that came with a later mail from the client. */
    public static InquiryAttachment ofMessage(
            long inquiryId,
            long messageId,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant now) {
        var attachment = new InquiryAttachment(inquiryId, fileName, contentType, size, sha256, now);
        attachment.messageId = messageId;
        return attachment;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Attachment " + fileName + " is not stored yet");
        }
        return id;
    }

    public AttachmentInfo toInfo() {
        return new AttachmentInfo(id(), inquiryId, fileName, contentType, size, createdAt);
    }
}
