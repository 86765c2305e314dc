package com.inquirydesk.inquiry;

import com.inquirydesk.inquiry.intake.AttachmentRules;

/**
 * A file a client sent with an inquiry: untrusted until {@link AttachmentRules} has looked at its bytes.
 *
 * @param fileName the name the client's system gave it
 */
public record AttachmentUpload(String fileName, byte[] content) {}
