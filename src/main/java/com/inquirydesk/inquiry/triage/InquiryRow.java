package com.inquirydesk.inquiry.triage;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the triage grid, and of the earlier inquiries listed on the detail view: what they show, and the id
 * that pages on from it. A session keeps the rows its grid shows, so a row carries nothing else.
 *
 * @param suspectedSpam the spam signal(s) that flag it as suspected spam, or null
 * @param clientAnswered whether the client answered by mail and staff have not replied since
 */
public record InquiryRow(
        long id,
        String reference,
        Instant receivedAt,
        InquiryStatus status,
        Priority priority,
        long productLineId,
        Language language,
        String contactName,
        @Nullable String company,
        String subject,
        @Nullable Long assigneeId,
        @Nullable String suspectedSpam,
        boolean overdue,
        boolean clientAnswered) {}
