package com.inquirydesk.inquiry;

/**
 * A file a client sent with an inquiry: untrusted until the intake's rules ({@code AttachmentRules}) have looked
 * at its bytes.
 *
 * @param fileName the name the client's system gave it
 */
public record AttachmentUpload(String fileName, byte[] content) {}
