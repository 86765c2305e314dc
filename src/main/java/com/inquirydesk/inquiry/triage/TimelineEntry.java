package com.inquirydesk.inquiry.triage;

import com.inquirydesk.inquiry.InquiryMailLog;
import com.inquirydesk.inquiry.domain.AttachmentInfo;
import com.inquirydesk.inquiry.domain.ClientMessage;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.domain.TimelineRecord;
import java.time.Instant;
import java.util.List;
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
 * @param detail for a mail: its kind; for a client's mail: the earlier text it quoted; for a change: nothing
 * @param refusedFiles for a client's mail: the files it brought that were not kept, each as "reason key:file name"
 */
public record TimelineEntry(
        Instant at,
        TimelineKind kind,
        @Nullable String actor,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String text,
        @Nullable String detail,
        List<String> refusedFiles) {

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
                null,
                List.of());
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
                mail.kind(),
                List.of());
    }

    /**
     * A mail from the client: the sender as the actor, the subject as the old value, what the client wrote as the
     * text and the quoted earlier text as the detail; the new value says {@value #AUTOMATIC} for a mail a program
     * wrote.
     */
    static TimelineEntry of(ClientMessage message) {
        String from = message.fromName() == null
                ? message.fromAddress()
                : message.fromName() + " <" + message.fromAddress() + ">";
        return new TimelineEntry(
                message.receivedAt(),
                TimelineKind.CLIENT_MESSAGE,
                from,
                message.subject(),
                message.automatic() ? AUTOMATIC : null,
                message.body(),
                message.quoted(),
                message.refusedFiles() == null
                        ? List.of()
                        : List.of(message.refusedFiles().split("\n")));
    }

    /** The new value of a client's mail that a program wrote. */
    public static final String AUTOMATIC = "automatic";

    /** A file that came with the inquiry: its name as the text. */
    static TimelineEntry of(AttachmentInfo file) {
        return new TimelineEntry(
                file.createdAt(), TimelineKind.ATTACHMENT, null, null, null, file.fileName(), null, List.of());
    }
}
