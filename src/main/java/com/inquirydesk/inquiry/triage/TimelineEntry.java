package com.inquirydesk.inquiry.triage;

import com.inquirydesk.inquiry.domain.TimelineKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an inquiry's timeline: a change, a note, a reply or a mail with its delivery state.
 *
 * @param kind what the entry tells
 * @param detail for a mail: its kind; for a change: nothing
 */
public record TimelineEntry(
        Instant at,
        TimelineKind kind,
        @Nullable String actor,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String text,
        @Nullable String detail) {}
