package com.inquirydesk.inquiry.triage;

import com.inquirydesk.inquiry.InquiryMailLog;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.ReplyPreviews;
import com.inquirydesk.inquiry.ReplyPreviews.MailPreview;
import com.inquirydesk.inquiry.ReplyWritten;
import com.inquirydesk.inquiry.domain.AttachmentContent;
import com.inquirydesk.inquiry.domain.AttachmentContentRepository;
import com.inquirydesk.inquiry.domain.AttachmentInfo;
import com.inquirydesk.inquiry.domain.AttachmentRepository;
import com.inquirydesk.inquiry.domain.ClientMessageRepository;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryAttachment;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import com.inquirydesk.inquiry.domain.Overdue;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.domain.TimelineRecord;
import com.inquirydesk.inquiry.domain.TimelineRecordRepository;
import com.inquirydesk.inquiry.domain.TriageException;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sales staff do with an inquiry: assign it, move it along the workflow, set its priority, write notes
 * and replies, mark it as a duplicate, settle a suspicion of spam. Every change checks the version the staff
 * member saw, so nobody overwrites a colleague's change unknowingly, and every change is written to the timeline.
 */
@Service
@Transactional
@Secured(Role.SALES_AUTHORITY)
public class TriageService {

    public static final int NOTE_MAX_LENGTH = 5000;

    /** How many earlier inquiries from the same address the detail view lists. */
    private static final int EARLIER_HINTS = 10;

    private final InquiryRepository inquiries;
    private final TimelineRecordRepository records;
    private final GridQueries queries;
    private final Overdue overdue;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository attachmentContents;
    private final StaffService staff;
    private final List<InquiryMailLog> mailLogs;
    private final ReplyPreviews replyPreviews;
    private final ClientMessageRepository clientMessages;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TriageService(
            InquiryRepository inquiries,
            TimelineRecordRepository records,
            GridQueries queries,
            Overdue overdue,
            AttachmentRepository attachments,
            AttachmentContentRepository attachmentContents,
            ClientMessageRepository clientMessages,
            StaffService staff,
            List<InquiryMailLog> mailLogs,
            ReplyPreviews replyPreviews,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.inquiries = inquiries;
        this.records = records;
        this.queries = queries;
        this.overdue = overdue;
        this.attachments = attachments;
        this.attachmentContents = attachmentContents;
        this.clientMessages = clientMessages;
        this.staff = staff;
        this.mailLogs = mailLogs;
        this.replyPreviews = replyPreviews;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The inquiry with its timeline (changes, notes, replies, mails) and earlier inquiries from its address. */
    @Transactional(readOnly = true)
    public InquiryDetails details(String reference) {
        Inquiry inquiry = find(reference);
        List<TimelineEntry> timeline = new ArrayList<>();
        List<TimelineRecord> changes = records.findByInquiryIdOrderByOccurredAtAscIdAsc(inquiry.id());
        Map<String, String> names = staff.displayNames(
                changes.stream().flatMap(TimelineEntry::usernames).collect(Collectors.toSet()));
        changes.forEach(record -> timeline.add(TimelineEntry.of(record, names)));
        mailLogs.forEach(log -> log.mailsOf(inquiry.id()).forEach(mail -> timeline.add(TimelineEntry.of(mail))));
        List<AttachmentInfo> files = attachments.findByInquiryIdOrderByIdAsc(inquiry.id()).stream()
                .map(InquiryAttachment::toInfo)
                .toList();
        files.forEach(file -> timeline.add(TimelineEntry.of(file)));
        clientMessages
                .findByInquiryIdOrderByReceivedAtAscIdAsc(inquiry.id())
                .forEach(message -> timeline.add(TimelineEntry.of(message)));
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        var earlier = queries.earlierFrom(inquiry.email(), inquiry.receivedAt(), EARLIER_HINTS);
        String duplicateOf = inquiry.duplicateOfId() == null
                ? null
                : inquiries
                        .findById(inquiry.duplicateOfId())
                        .map(Inquiry::reference)
                        .orElse(null);
        return InquiryDetails.of(
                inquiry,
                duplicateOf,
                Overdue.is(inquiry.status(), inquiry.receivedAt(), overdue.receivedBefore()),
                timeline,
                files,
                earlier);
    }

    /**
     * The bytes of an attachment, for a download.
     *
     * @throws TriageException when there is no such attachment
     */
    @Transactional(readOnly = true)
    public byte[] attachmentContent(long attachmentId) {
        return attachmentContents
                .findById(attachmentId)
                .map(AttachmentContent::content)
                .orElseThrow(() -> new TriageException("triage.unknownAttachment", attachmentId));
    }

    /**
     * Assigns the inquiry to a staff member, or to nobody.
     *
     * @param seenVersion the version the staff member looked at
     * @throws TriageException when someone changed the inquiry meanwhile or the assignee does not exist
     */
    public void assign(String reference, long seenVersion, @Nullable Long assigneeId) {
        Inquiry inquiry = findUnchanged(reference, seenVersion);
        assign(inquiry, assigneeId);
    }

    /**
     * Moves the inquiry to a status the workflow allows.
     *
     * @throws TriageException for a move the workflow does not allow, or when someone changed it meanwhile
     */
    public void changeStatus(String reference, long seenVersion, InquiryStatus status) {
        moveTo(findUnchanged(reference, seenVersion), status);
    }

    public void changePriority(String reference, long seenVersion, Priority priority) {
        Inquiry inquiry = findUnchanged(reference, seenVersion);
        if (inquiry.priority() == priority) {
            return;
        }
        String old = inquiry.priority().name();
        inquiry.prioritize(priority);
        record(inquiry, TimelineKind.PRIORITY_CHANGED, old, priority.name(), null);
    }

    /** Adds an internal note: staff see it, the client never does. */
    public void addNote(String reference, String text) {
        Inquiry inquiry = find(reference);
        record(inquiry, TimelineKind.NOTE, null, null, checkedText(text));
    }

    /**
     * The reply as the client would get it, without sending it: for a last look before Send.
     *
     * @throws TriageException when the text is empty or too long
     */
    @Transactional(readOnly = true)
    public MailPreview previewReply(String reference, String text) {
        return replyPreviews.preview(replyOf(find(reference), checkedText(text)));
    }

    /**
     * Replies to the client by email, in the client's language; counts as the first response. The mail joins the
     * outbox in this transaction and goes out once it has committed.
     *
     * @throws TriageException when the text is empty or too long
     */
    public void reply(String reference, String text) {
        Inquiry inquiry = find(reference);
        String body = checkedText(text);
        inquiry.responded(clock.instant());
        inquiry.repliedToClient();
        record(inquiry, TimelineKind.REPLY, null, null, body);
        publisher.publishEvent(replyOf(inquiry, body));
    }

    private ReplyWritten replyOf(Inquiry inquiry, String body) {
        return new ReplyWritten(
                inquiry.id(),
                inquiry.reference(),
                inquiry.contactName(),
                inquiry.email(),
                inquiry.language(),
                inquiry.subject(),
                body,
                actor().displayName());
    }

    /**
     * Clears the inquiry's suspicion of spam ("Not spam"): it stays where it is in the workflow, without the flag.
     *
     * @throws TriageException when it is not suspected of spam, or when someone changed it meanwhile
     */
    public void clearSpamSuspicion(String reference, long seenVersion) {
        Inquiry inquiry = findUnchanged(reference, seenVersion);
        String signals = inquiry.clearSpamSuspicion();
        record(inquiry, TimelineKind.SPAM_CLEARED, signals, null, null);
    }

    /**
     * Confirms the inquiry's suspicion of spam ("Spam"): it moves to {@code SPAM}, as a move out of {@code NEW}
     * counts as the first response.
     *
     * @throws TriageException when it is not suspected of spam, the workflow does not allow the move, or someone
     *     changed it meanwhile
     */
    public void confirmSpam(String reference, long seenVersion) {
        Inquiry inquiry = findUnchanged(reference, seenVersion);
        String signals = inquiry.confirmSpam(clock.instant());
        record(inquiry, TimelineKind.SPAM_CONFIRMED, signals, InquiryStatus.SPAM.name(), null);
    }

    /** Marks the inquiry as a duplicate of an earlier one and closes it if it is still open. */
    public void markDuplicate(String reference, long seenVersion, String originalReference) {
        Inquiry inquiry = findUnchanged(reference, seenVersion);
        Inquiry original = inquiries
                .findByReference(originalReference.strip())
                .orElseThrow(() -> new TriageException("triage.unknownReference", originalReference));
        inquiry.markDuplicateOf(original);
        record(inquiry, TimelineKind.DUPLICATE_MARKED, null, original.reference(), null);
        if (inquiry.status().isOpen()) {
            moveTo(inquiry, InquiryStatus.CLOSED);
        }
    }

    /**
     * Assigns several inquiries at once, each change recorded on its own inquiry.
     *
     * @return how many were changed
     */
    public int assignAll(List<String> references, @Nullable Long assigneeId) {
        int changed = 0;
        for (String reference : references) {
            changed += assign(find(reference), assigneeId) ? 1 : 0;
        }
        return changed;
    }

    /**
     * Moves several inquiries to a status; those for which the workflow does not allow it are left as they are.
     *
     * @return how many were changed
     */
    public int changeStatusAll(List<String> references, InquiryStatus status) {
        int changed = 0;
        for (String reference : references) {
            Inquiry inquiry = find(reference);
            if (inquiry.status().canMoveTo(status)) {
                moveTo(inquiry, status);
                changed++;
            }
        }
        return changed;
    }

    private boolean assign(Inquiry inquiry, @Nullable Long assigneeId) {
        if (Objects.equals(inquiry.assigneeId(), assigneeId)) {
            return false;
        }
        String old = inquiry.assigneeId() == null ? null : username(inquiry.assigneeId());
        String assignee = assigneeId == null ? null : username(assigneeId);
        inquiry.assignTo(assigneeId);
        record(inquiry, TimelineKind.ASSIGNED, old, assignee, null);
        return true;
    }

    private void moveTo(Inquiry inquiry, InquiryStatus status) {
        String old = inquiry.status().name();
        inquiry.moveTo(status, clock.instant());
        record(inquiry, TimelineKind.STATUS_CHANGED, old, status.name(), null);
    }

    private void record(
            Inquiry inquiry, TimelineKind type, @Nullable String old, @Nullable String now, @Nullable String text) {
        records.save(TimelineRecord.change(inquiry, clock.instant(), type, actor().username(), old, now, text));
    }

    private String username(long staffId) {
        return staff.find(staffId)
                .map(StaffMember::username)
                .orElseThrow(() -> new TriageException("triage.unknownStaff", staffId));
    }

    private StaffMember actor() {
        return staff.current().orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
    }

    private Inquiry find(String reference) {
        return inquiries
                .findByReference(reference)
                .orElseThrow(() -> new TriageException("triage.unknownReference", reference));
    }

    private Inquiry findUnchanged(String reference, long seenVersion) {
        Inquiry inquiry = find(reference);
        if (inquiry.version() != seenVersion) {
            throw records.findFirstByInquiryIdAndActorIsNotNullOrderByOccurredAtDescIdDesc(inquiry.id())
                    .map(TimelineRecord::actor)
                    .map(who -> new TriageException("triage.changedMeanwhile", who))
                    .orElseGet(() -> new TriageException("triage.changedMeanwhile.someone"));
        }
        return inquiry;
    }

    private static String checkedText(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new TriageException("triage.emptyText");
        }
        if (value.length() > NOTE_MAX_LENGTH) {
            throw new TriageException("triage.textTooLong", NOTE_MAX_LENGTH);
        }
        return value;
    }
}
