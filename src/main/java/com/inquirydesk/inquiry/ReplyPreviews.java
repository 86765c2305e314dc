package com.inquirydesk.inquiry;

/**
 * A reply as the client will get it, before it is sent, made with the very templates that mail it. The
 * notification module provides it; the inquiry module only knows this interface, as with {@link InquiryMailLog}.
 */
public interface ReplyPreviews {

    MailPreview preview(ReplyWritten reply);

    /** The mail a reply becomes: where it goes, its subject and its text. */
    record MailPreview(String to, String subject, String text) {}
}
