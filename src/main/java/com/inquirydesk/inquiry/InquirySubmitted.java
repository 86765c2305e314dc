package com.inquirydesk.inquiry;

import com.inquirydesk.base.Language;
import java.time.Instant;

/** Published in the transaction that stores a new inquiry; the notification module routes mail from it. */
public record InquirySubmitted(
        long inquiryId,
        String reference,
        Instant receivedAt,
        Language language,
        long productLineId,
        String contactName,
        String email,
        String subject,
        boolean spam) {}
