package com.inquirydesk.inquiry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that adds a client's answer to an inquiry, so that the notification module tells
 * the assignee (or, when nobody is assigned, the people of the product line) in that same transaction.
 */
public record ClientAnswered(
        long inquiryId,
        String reference,
        @Nullable Long assigneeId,
        long productLineId,
        String clientName,
        String clientEmail,
        String subject,
        String text,
        Instant receivedAt) {}
