package com.inquirydesk.notification.mailbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What was read from one mail. All strings are already decoded (RFC 2047, charsets) and NFC-normalised.
 *
 * @param messageId the Message-ID in {@code <id@host>} form, or null when absent
 * @param inReplyTo the first msg-id of In-Reply-To, or null
 * @param references the msg-ids of References, oldest first
 * @param from the sender, from From, else Sender, else Return-Path
 * @param recipients lower-cased addresses from To, Cc, Delivered-To and X-Original-To, without repeats
 * @param subject one line, empty when there is none
 * @param sentAt the Date header, or null when absent or unreadable
 * @param text the new text of the body as plain text, without the quoted earlier mail
 * @param quoted the quoted earlier text that was folded away, or null when nothing was
 * @param attachments real attachments and large inline parts, in document order
 * @param skippedInlineImages small inline images (signature logos) that were left out
 * @param kind who or what wrote it
 * @param deliveryReport what a bounce reports, only when {@code kind} is {@link InboundKind#BOUNCE}
 */
record ParsedMail(
        @Nullable String messageId,
        @Nullable String inReplyTo,
        List<String> references,
        MailAddress from,
        List<String> recipients,
        String subject,
        @Nullable Instant sentAt,
        String text,
        @Nullable String quoted,
        List<MailPart> attachments,
        int skippedInlineImages,
        InboundKind kind,
        @Nullable DeliveryReport deliveryReport) {

    ParsedMail {
        references = List.copyOf(references);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }
}
