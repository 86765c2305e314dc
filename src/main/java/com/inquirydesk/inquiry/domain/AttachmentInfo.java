package com.inquirydesk.inquiry.domain;

import java.time.Instant;

/**
 * An attachment as staff see it in the detail view and its timeline.
 *
 * @param contentType the type the file's bytes showed when it arrived
 */
public record AttachmentInfo(
        long id, long inquiryId, String fileName, String contentType, long size, Instant createdAt) {}
