package com.inquirydesk.inquiry;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client's mail as the mailbox read it: decoded, its quoted earlier text folded away, its files not yet looked at.
 *
 * @param fromName the display name of the sender, if the mail gave one
 * @param recipients the addresses it was sent to, for routing it to a product line
 * @param text what the client wrote this time, as plain text
 * @param quoted the earlier text the mail quoted, or null
 * @param messageId its {@code Message-ID}, for answering it in its thread
 * @param automatic whether a program wrote it (an out-of-office reply): nobody is told and nothing is answered
 * @param bulk whether it came from a mailing list or a bulk sender: stored, never acknowledged
 */
public record ClientMail(
        @Nullable String fromName,
        String fromAddress,
        List<String> recipients,
        String subject,
        String text,
        @Nullable String quoted,
        List<AttachmentUpload> attachments,
        @Nullable String messageId,
        Instant receivedAt,
        boolean automatic,
        boolean bulk) {}
