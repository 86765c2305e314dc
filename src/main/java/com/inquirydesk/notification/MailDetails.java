package com.inquirydesk.notification;

import org.jspecify.annotations.Nullable;

/**
 * A mail as the SMTP server gets it, for administrators to read in the outbox: its summary with the sender, the
 * reply address and both bodies.
 *
 * @param from the sender as the app sends mails now ({@code inquiry.mail.from})
 * @param bodyHtml the HTML alternative as stored; shown only sanitized, never as it is
 */
public record MailDetails(
        MailSummary summary, String from, @Nullable String replyTo, String bodyText, String bodyHtml) {}
