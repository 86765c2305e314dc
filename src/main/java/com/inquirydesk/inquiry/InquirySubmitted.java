package com.inquirydesk.inquiry;

import com.inquirydesk.base.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that stores a new inquiry, with everything the notification module
 * needs to write its mails in that same transaction.
 *
 * @param language the client's reply language
 * @param spam whether the inquiry was flagged as spam (nobody is notified of those)
 * @param acknowledge whether the client is sent an acknowledgement: always when the client sent the inquiry, only
 *     when asked when a staff member entered it
 * @param mailMessageId the {@code Message-ID} of the client's mail, for an inquiry that came by mail: the
 *     acknowledgement answers it in its thread
 */
public record InquirySubmitted(
        long inquiryId,
        String reference,
        Instant receivedAt,
        Language language,
        long productLineId,
        String contactName,
        @Nullable String company,
        String email,
        @Nullable String phone,
        @Nullable String country,
        String subject,
        String message,
        InquirySource source,
        boolean spam,
        boolean acknowledge,
        @Nullable String mailMessageId) {}
