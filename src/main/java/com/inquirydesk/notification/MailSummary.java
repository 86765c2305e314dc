package com.inquirydesk.notification;

import com.inquirydesk.base.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mail as the timeline and the administrators see it. */
public record MailSummary(
        long id,
        @Nullable Long inquiryId,
        MailKind kind,
        Language language,
        List<String> to,
        List<String> cc,
        String subject,
        MailState state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}
