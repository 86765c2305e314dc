package com.inquirydesk.inquiry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The few facts of an inquiry that statistics need: when, which line, which status, and the minutes to first
 * response ({@link FirstResponse}), none while unanswered.
 */
public record InquiryFact(
        Instant receivedAt,
        long productLineId,
        InquiryStatus status,
        @Nullable Integer firstResponseMinutes) {}
