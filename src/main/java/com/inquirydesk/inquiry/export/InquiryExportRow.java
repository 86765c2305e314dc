package com.inquirydesk.inquiry.export;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One inquiry as the CSV export writes it: every column of the report. */
public record InquiryExportRow(
        String reference,
        Instant receivedAt,
        InquiryStatus status,
        Priority priority,
        long productLineId,
        Language language,
        String contactName,
        @Nullable String company,
        String email,
        @Nullable String phone,
        @Nullable String country,
        String subject,
        String message,
        @Nullable Long assigneeId,
        @Nullable Instant firstResponseAt,
        @Nullable Integer firstResponseMinutes,
        @Nullable Instant closedAt,
        boolean spam,
        InquirySource source) {}
