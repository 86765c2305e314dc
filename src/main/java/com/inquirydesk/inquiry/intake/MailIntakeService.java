package com.inquirydesk.inquiry.intake;

import com.inquirydesk.base.FieldText;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.contact.ContactDetails;
import com.inquirydesk.contact.ContactDirectory;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.ClientAnswered;
import com.inquirydesk.inquiry.ClientMail;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquirySubmitted;
import com.inquirydesk.inquiry.MailIntake;
import com.inquirydesk.inquiry.MailReceipt;
import com.inquirydesk.inquiry.domain.AttachmentContent;
import com.inquirydesk.inquiry.domain.AttachmentContentRepository;
import com.inquirydesk.inquiry.domain.AttachmentRepository;
import com.inquirydesk.inquiry.domain.ClientMessage;
import com.inquirydesk.inquiry.domain.ClientMessageRepository;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryAttachment;
import com.inquirydesk.inquiry.domain.InquiryLimits;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import com.inquirydesk.inquiry.domain.ReferenceGenerator;
import com.inquirydesk.inquiry.domain.TimelineRecord;
import com.inquirydesk.inquiry.domain.TimelineRecordRepository;
import com.inquirydesk.inquiry.domain.ValidInquiry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the clients' mails in. A mail is not a form: nothing in it is refused. A long text is kept whole in the
 * timeline and cut in the inquiry's own fields, a missing subject or name is filled in, a file that breaks the
 * form's rules is listed instead of kept; only the spam defences and the per-address limit of the form apply.
 */
@Service
class MailIntakeService implements MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeService.class);

    private final InquiryRepository inquiries;
    private final TimelineRecordRepository records;
    private final ClientMessageRepository messages;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final CatalogService catalog;
    private final ContactDirectory contacts;
    private final ReferenceGenerator references;
    private final ApplicationEventPublisher publisher;
    private final IntakeProperties properties;
    private final IntakeMetrics metrics;
    private final IntakeLimits limits;
    private final Clock clock;

    MailIntakeService(
            InquiryRepository inquiries,
            TimelineRecordRepository records,
            ClientMessageRepository messages,
            AttachmentRepository attachments,
            AttachmentContentRepository contents,
            CatalogService catalog,
            ContactDirectory contacts,
            ReferenceGenerator references,
            ApplicationEventPublisher publisher,
            IntakeProperties properties,
            IntakeMetrics metrics,
            Clock clock) {
        this.inquiries = inquiries;
        this.records = records;
        this.messages = messages;
        this.attachments = attachments;
        this.contents = contents;
        this.catalog = catalog;
        this.contacts = contacts;
        this.references = references;
        this.publisher = publisher;
        this.properties = properties;
        this.metrics = metrics;
        this.limits = new IntakeLimits(properties, clock);
        this.clock = clock;
    }

    @Override
    // the limit is checked before anything is written: the reader's transaction goes on to quarantine the mail
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = RateLimitExceededException.class)
    public MailReceipt submit(ClientMail mail) {
        String email = mail.fromAddress().strip().toLowerCase(Locale.ROOT);
        String text = FieldText.withLineFeeds(FieldText.clean(mail.text()));
        String subject = subjectOf(mail);
        Language language = Language.ofText(subject + "\n" + text);
        long productLineId = catalog.routeMail(mail.recipients(), subject + "\n" + text);
        ProductLineSummary line = catalog.productLine(productLineId).orElseThrow();
        boolean busy = limits.halfSpent(null, email);
        limits.spend(null, email);
        var input = new ValidInquiry(
                nameOf(mail, email),
                null,
                email,
                null,
                null,
                line.code(),
                subject,
                cut(text.isEmpty() ? "—" : text, InquiryLimits.MESSAGE_MAX_LENGTH),
                language,
                false,
                null);
        SpamSignals.Verdict verdict =
                SpamSignals.judge(false, null, properties.minFillTime(), subject + "\n" + text, busy);
        Instant now = clock.instant();
        long contactId = contacts.register(
                new ContactDetails(email, input.name(), null, null, null, language, productLineId, now));
        var inquiry = inquiries.save(new Inquiry(
                references.next(now),
                now,
                input,
                productLineId,
                Inquiry.CONSENT_BY_MAIL,
                InquirySource.EMAIL,
                verdict.spamReason(),
                mail.bulk() ? "bulk" : verdict.suspicion(),
                null,
                contactId));
        records.save(TimelineRecord.submitted(inquiry));
        List<String> refused = store(inquiry, mail, text, subject, now);
        publisher.publishEvent(new InquirySubmitted(
                inquiry.id(),
                inquiry.reference(),
                inquiry.receivedAt(),
                language,
                productLineId,
                input.name(),
                null,
                email,
                null,
                null,
                subject,
                input.message(),
                InquirySource.EMAIL,
                inquiry.isSpam(),
                !mail.bulk() && !mail.automatic(),
                mail.messageId()));
        log.info("Inquiry {} received by mail with {} file(s) not kept", inquiry.reference(), refused.size());
        return new MailReceipt(inquiry.id(), inquiry.reference(), refused);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public MailReceipt addAnswer(long inquiryId, ClientMail mail) {
        Inquiry inquiry = inquiries
                .findById(inquiryId)
                .orElseThrow(() -> new IllegalArgumentException("No inquiry " + inquiryId));
        String text = FieldText.withLineFeeds(FieldText.clean(mail.text()));
        String subject = subjectOf(mail);
        Instant now = clock.instant();
        List<String> refused = store(inquiry, mail, text, subject, now);
        if (!mail.automatic()) {
            if (inquiry.contactId() != null) {
                contacts.wroteAgain(inquiry.contactId(), now);
            }
            InquiryStatus left = inquiry.clientAnswered(now);
            if (left != null) {
                records.save(TimelineRecord.movedByClientAnswer(inquiry, now, left, inquiry.status()));
            }
            publisher.publishEvent(new ClientAnswered(
                    inquiry.id(),
                    inquiry.reference(),
                    inquiry.assigneeId(),
                    inquiry.productLineId(),
                    nameOf(mail, inquiry.email()),
                    mail.fromAddress(),
                    subject,
                    cut(text, InquiryLimits.MESSAGE_MAX_LENGTH),
                    now));
        }
        log.info("Answer to {} received by mail{}", inquiry.reference(), mail.automatic() ? " (automatic)" : "");
        return new MailReceipt(inquiry.id(), inquiry.reference(), refused);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InquiryContact> contact(String reference) {
        return inquiries
                .findByReference(reference)
                .map(inquiry -> new InquiryContact(
                        inquiry.id(), inquiry.reference(), inquiry.email().toLowerCase(Locale.ROOT)));
    }

    /** The mail in the timeline, its files kept or listed as refused; returns the refused ones. */
    private List<String> store(Inquiry inquiry, ClientMail mail, String text, String subject, Instant now) {
        var refused = new ArrayList<String>();
        var kept = new ArrayList<AttachmentRules.Accepted>();
        int index = 0;
        for (AttachmentUpload file : mail.attachments()) {
            var problems = new ArrayList<FieldViolation>();
            if (++index > properties.maxMailAttachments()) {
                problems.add(new FieldViolation(
                        AttachmentRules.FIELD, "attachment.tooMany", properties.maxMailAttachments()));
            } else {
                AttachmentRules.checkSizes(
                        List.of(file), 1, properties.maxAttachmentSize().toBytes(), problems);
                if (problems.isEmpty()) {
                    AttachmentRules.checkContent(file, problems, metrics::unpacked)
                            .ifPresent(kept::add);
                }
            }
            problems.forEach(
                    problem -> refused.add(problem.messageKey() + ":" + AttachmentRules.fileName(file.fileName())));
        }
        String quoted =
                mail.quoted() == null ? null : cut(FieldText.clean(mail.quoted()), ClientMessage.QUOTED_MAX_LENGTH);
        var message = messages.save(new ClientMessage(
                inquiry.id(),
                now,
                mail.fromName() == null ? null : cut(oneLine(mail.fromName()), InquiryLimits.NAME_MAX_LENGTH),
                cut(mail.fromAddress().strip().toLowerCase(Locale.ROOT), InquiryLimits.EMAIL_MAX_LENGTH),
                cut(subject, ClientMessage.SUBJECT_MAX_LENGTH),
                cut(text, ClientMessage.BODY_MAX_LENGTH),
                quoted == null || quoted.isEmpty() ? null : quoted,
                refused.isEmpty() ? null : cut(String.join("\n", refused), ClientMessage.REFUSED_FILES_MAX_LENGTH),
                mail.automatic(),
                mail.messageId()));
        for (AttachmentRules.Accepted file : kept) {
            var attachment = attachments.save(InquiryAttachment.ofMessage(
                    inquiry.id(),
                    message.id(),
                    file.fileName(),
                    file.contentType(),
                    file.content().length,
                    file.sha256(),
                    now));
            contents.save(new AttachmentContent(attachment.id(), file.content()));
        }
        return refused;
    }

    private static String subjectOf(ClientMail mail) {
        String subject = oneLine(mail.subject());
        return subject.isEmpty() ? "(无主题 / no subject)" : cut(subject, InquiryLimits.SUBJECT_MAX_LENGTH);
    }

    /** The sender's display name, else the part of the address before the {@code @}. */
    private static String nameOf(ClientMail mail, String email) {
        String name = mail.fromName() == null ? "" : oneLine(mail.fromName());
        if (name.isEmpty()) {
            name = email.substring(0, Math.max(0, email.indexOf('@')));
        }
        return cut(name.isEmpty() ? email : name, InquiryLimits.NAME_MAX_LENGTH);
    }

    private static String oneLine(String text) {
        return FieldText.clean(text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " "));
    }

    /** The text cut to at most {@code max} characters, at a code point, ending in an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
