package com.inquirydesk.inquiry;

import com.inquirydesk.base.Language;

/** Published when a staff member writes a reply; the notification module mails it in the same transaction. */
public record ReplyWritten(
        long inquiryId,
        String reference,
        String clientName,
        String clientEmail,
        Language language,
        String subject,
        String text,
        String staffName) {}
