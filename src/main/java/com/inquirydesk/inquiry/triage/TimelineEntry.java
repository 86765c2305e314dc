package com.inquirydesk.inquiry.triage;

import com.inquirydesk.inquiry.InquiryMailLog;
import com.inquirydesk.inquiry.domain.AttachmentInfo;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.domain.TimelineRecord;
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
        @Nullable String detail) {

    /** A change, a note or a reply recorded with the inquiry. */
    static TimelineEntry of(TimelineRecord record) {
        return new TimelineEntry(
                record.occurredAt(),
                record.kind(),
                record.actor(),
                record.oldValue(),
                record.newValue(),
                record.note(),
                null);
    }

    /** A mail about the inquiry: its recipients as the text, its delivery state as the new value. */
    static TimelineEntry of(InquiryMailLog.MailEntry mail) {
        return new TimelineEntry(
                mail.createdAt(),
                TimelineKind.MAIL,
                null,
                null,
                mail.state(),
                String.join(", ", mail.to()),
                mail.kind());
    }

    /** A file that came with the inquiry: its name as the text. */
    static TimelineEntry of(AttachmentInfo file) {
        return new TimelineEntry(file.createdAt(), TimelineKind.ATTACHMENT, null, null, null, file.fileName(), null);
    }
}
