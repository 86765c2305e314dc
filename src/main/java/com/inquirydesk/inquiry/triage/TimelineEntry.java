package com.inquirydesk.inquiry.triage;

import com.inquirydesk.inquiry.InquiryMailLog;
import com.inquirydesk.inquiry.domain.AttachmentInfo;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.domain.TimelineRecord;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an inquiry's timeline: a change, a note, a reply or a mail with its delivery state.
 *
 * @param kind what the entry tells
 * @param actor the display name of the staff member who made the change (the username when the account is gone)
 * @param oldValue for an assignment: the display name of the assignee before
 * @param newValue for an assignment: the display name of the assignee after
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

    /**
     * A change, a note or a reply recorded with the inquiry, with people named by their display names.
     *
     * @param names display names by username, of at least the {@link #usernames} of the record
     */
    static TimelineEntry of(TimelineRecord record, Map<String, String> names) {
        boolean assignment = record.kind() == TimelineKind.ASSIGNED;
        return new TimelineEntry(
                record.occurredAt(),
                record.kind(),
                nameOf(record.actor(), names),
                assignment ? nameOf(record.oldValue(), names) : record.oldValue(),
                assignment ? nameOf(record.newValue(), names) : record.newValue(),
                record.note(),
                null);
    }

    /** The usernames a record names: its actor, and for an assignment the assignees before and after. */
    static Stream<String> usernames(TimelineRecord record) {
        Stream<@Nullable String> named = record.kind() == TimelineKind.ASSIGNED
                ? Stream.of(record.actor(), record.oldValue(), record.newValue())
                : Stream.of(record.actor());
        return named.filter(Objects::nonNull);
    }

    private static @Nullable String nameOf(@Nullable String username, Map<String, String> names) {
        return username == null ? null : names.getOrDefault(username, username);
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
