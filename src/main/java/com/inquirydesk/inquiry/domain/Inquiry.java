package com.inquirydesk.inquiry.domain;

import static com.inquirydesk.inquiry.domain.InquiryLimits.*;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.FirstResponse;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A business inquiry from a prospective client: the aggregate root of the inquiry module. */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    /** The consent version of an inquiry a staff member entered: its evidence is the note, not a text's version. */
    public static final String CONSENT_BY_NOTE = "staff-note";
    /** The consent of a client who wrote to the company's mailbox: they asked to be answered. */
    public static final String CONSENT_BY_MAIL = "email";

    /** Taken fifty at a time from a sequence (V21), so that Hibernate can batch the intake's inserts. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_id_seq")
    @SequenceGenerator(name = "inquiry_id_seq", sequenceName = "inquiry_id_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "contact_name", nullable = false, length = NAME_MAX_LENGTH)
    private String contactName;

    @Column(length = COMPANY_MAX_LENGTH)
    private @Nullable String company;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(length = PHONE_MAX_LENGTH)
    private @Nullable String phone;

    @Column(length = 2)
    private @Nullable String country;

    @Column(name = "product_line_id", nullable = false)
    private long productLineId;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, length = MESSAGE_MAX_LENGTH)
    private String message;

    @Column(name = "consent_version", nullable = false, length = 20, updatable = false)
    private String consentVersion;

    @Column(name = "consent_at", nullable = false, updatable = false)
    private Instant consentAt;

    /** How the client agreed to be contacted, as the staff member who entered the inquiry noted it. */
    @Column(name = "consent_note", length = CONSENT_NOTE_MAX_LENGTH, updatable = false)
    private @Nullable String consentNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InquiryStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "assignee_id")
    private @Nullable Long assigneeId;

    @Column(name = "first_response_at")
    private @Nullable Instant firstResponseAt;

    /** Whole minutes from receipt to the first response, kept with it for the dashboard's medians. */
    @Column(name = "first_response_minutes")
    private @Nullable Integer firstResponseMinutes;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10, updatable = false)
    private InquirySource source;

    @Column(nullable = false)
    private boolean spam;

    @Column(name = "spam_reason", length = 40)
    private @Nullable String spamReason;

    /** The one spam signal that makes staff look twice (codes as in {@link #spamReason}); null when none is left. */
    @Column(name = "suspected_spam", length = 40)
    private @Nullable String suspectedSpam;

    @Column(name = "client_ip_hash", length = 64, updatable = false)
    private @Nullable String clientIpHash;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(name = "duplicate_of_id")
    private @Nullable Long duplicateOfId;

    /** When the client's latest answer by mail arrived, until staff reply to it; null when none is waiting. */
    @Column(name = "client_answered_at")
    private @Nullable Instant clientAnsweredAt;

    /** The client's contact: the same person's other inquiries, and their details as last given. */
    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Version
    private long version;

    /** For Hibernate, which sets every field from the row. */
    protected Inquiry() {}

    /**
     * A new inquiry from validated input; spam goes straight to {@link InquiryStatus#SPAM}, suspected spam is
     * {@code NEW} like any other and carries its flag. The client's consent is recorded as the version of the text
     * they agreed to, or, for an inquiry a staff member entered, as the staff member's note ({@link
     * #CONSENT_BY_NOTE}).
     */
    public Inquiry(
            String reference,
            Instant receivedAt,
            ValidInquiry input,
            long productLineId,
            String consentVersion,
            InquirySource source,
            @Nullable String spamReason,
            @Nullable String suspectedSpam,
            @Nullable String clientIpHash,
            long contactId) {
        this.reference = reference;
        this.contactId = contactId;
        this.receivedAt = receivedAt;
        this.language = input.language();
        this.contactName = input.name();
        this.company = input.company();
        this.email = input.email();
        this.phone = input.phone();
        this.country = input.country();
        this.productLineId = productLineId;
        this.subject = input.subject();
        this.message = input.message();
        this.consentNote = input.consentNote();
        this.consentVersion = consentNote == null ? consentVersion : CONSENT_BY_NOTE;
        this.consentAt = receivedAt;
        this.spam = spamReason != null;
        this.spamReason = spamReason;
        this.suspectedSpam = spam ? null : suspectedSpam;
        this.status = spam ? InquiryStatus.SPAM : InquiryStatus.NEW;
        this.priority = Priority.NORMAL;
        this.source = source;
        this.clientIpHash = clientIpHash;
        this.contentHash = input.contentHash();
    }

    /**
     * Moves the inquiry along the workflow. Leaving {@code NEW} counts as the first response; a closing status
     * records when; reopening clears it. A move to {@code SPAM} settles a suspicion of spam.
     *
     * @throws TriageException when the workflow does not allow the move
     */
    public void moveTo(InquiryStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new TriageException("triage.illegalTransition", status, target);
        }
        if (status == InquiryStatus.NEW) {
            responded(now);
        }
        status = target;
        spam = target == InquiryStatus.SPAM || (spam && target != InquiryStatus.IN_PROGRESS);
        closedAt = target.isOpen() ? null : now;
        if (target == InquiryStatus.SPAM) {
            suspectedSpam = null;
        }
    }

    /**
     * Staff found the suspected spam to be a real inquiry: the flag goes.
     *
     * @return the signal(s) that had raised the suspicion
     * @throws TriageException when the inquiry is not suspected of spam
     */
    public String clearSpamSuspicion() {
        String signals = suspicion();
        suspectedSpam = null;
        return signals;
    }

    /**
     * Staff confirm the suspicion: the inquiry moves to {@code SPAM}, for the signal(s) that had raised it.
     *
     * @return those signal(s)
     * @throws TriageException when the inquiry is not suspected of spam, or the workflow does not allow the move
     */
    public String confirmSpam(Instant now) {
        String signals = suspicion();
        moveTo(InquiryStatus.SPAM, now);
        spamReason = signals;
        return signals;
    }

    private String suspicion() {
        if (suspectedSpam == null) {
            throw new TriageException("triage.notSuspected", reference);
        }
        return suspectedSpam;
    }

    public void assignTo(@Nullable Long assignee) {
        this.assigneeId = assignee;
    }

    public void prioritize(Priority priority) {
        this.priority = priority;
    }

    /** Records the first response (a reply or a move out of {@code NEW}); later ones change nothing. */
    public void responded(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
            firstResponseMinutes = FirstResponse.minutes(receivedAt, now);
        }
    }

    /**
     * The client answered by mail: staff see so until they reply. A quoted inquiry is being talked over again and
     * goes back to {@code IN_PROGRESS}, a move the staff workflow itself does not offer; a closed one keeps its
     * status.
     *
     * @return the status the inquiry left, or null when it kept its status
     */
    public @Nullable InquiryStatus clientAnswered(Instant at) {
        clientAnsweredAt = at;
        if (status != InquiryStatus.QUOTED) {
            return null;
        }
        status = InquiryStatus.IN_PROGRESS;
        return InquiryStatus.QUOTED;
    }

    /** Staff replied: no answer from the client is waiting any more. */
    public void repliedToClient() {
        clientAnsweredAt = null;
    }

    public @Nullable Instant clientAnsweredAt() {
        return clientAnsweredAt;
    }

    /** Null only for an inquiry whose client's data was erased. */
    public @Nullable Long contactId() {
        return contactId;
    }

    public void markDuplicateOf(Inquiry original) {
        if (original.id().equals(id)) {
            throw new TriageException("triage.duplicateOfItself");
        }
        this.duplicateOfId = original.id();
    }

    public Long version() {
        return version;
    }

    public Priority priority() {
        return priority;
    }

    public @Nullable Long assigneeId() {
        return assigneeId;
    }

    public @Nullable Long duplicateOfId() {
        return duplicateOfId;
    }

    public @Nullable String company() {
        return company;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String country() {
        return country;
    }

    public @Nullable Instant firstResponseAt() {
        return firstResponseAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public InquirySource source() {
        return source;
    }

    public Instant consentAt() {
        return consentAt;
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("Inquiry " + reference + " is not stored yet");
        }
        return id;
    }

    public String reference() {
        return reference;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Language language() {
        return language;
    }

    public String contactName() {
        return contactName;
    }

    public String email() {
        return email;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public long productLineId() {
        return productLineId;
    }

    public InquiryStatus status() {
        return status;
    }

    public boolean isSpam() {
        return spam;
    }

    public @Nullable String spamReason() {
        return spamReason;
    }

    /** The spam signal(s) that flag the inquiry as suspected spam, or null. */
    public @Nullable String suspectedSpam() {
        return suspectedSpam;
    }

    public String consentVersion() {
        return consentVersion;
    }

    public @Nullable String consentNote() {
        return consentNote;
    }
}
