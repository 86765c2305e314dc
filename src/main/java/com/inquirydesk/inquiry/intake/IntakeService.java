package com.inquirydesk.inquiry.intake;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.contact.ContactDetails;
import com.inquirydesk.contact.ContactDirectory;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySubmitted;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.domain.AttachmentContent;
import com.inquirydesk.inquiry.domain.AttachmentContentRepository;
import com.inquirydesk.inquiry.domain.AttachmentRepository;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryAttachment;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import com.inquirydesk.inquiry.domain.ReferenceGenerator;
import com.inquirydesk.inquiry.domain.TimelineRecord;
import com.inquirydesk.inquiry.domain.TimelineRecordRepository;
import com.inquirydesk.inquiry.domain.ValidInquiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes inquiries in, from the web form, the REST API and staff who enter them by hand alike: validates, applies
 * the spam defences (not to staff, who are logged in), and stores the inquiry with its first timeline entry in one
 * transaction that also publishes {@link InquirySubmitted}.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    /** The key of the inquiry's reference in the log context (a field of its own in structured logs). */
    static final String LOG_KEY = "inquiry";

    private final InquiryRepository inquiries;
    private final TimelineRecordRepository records;
    private final AttachmentRepository attachmentsRepository;
    private final AttachmentContentRepository contents;
    private final CatalogService catalog;
    private final ContactDirectory contacts;
    private final ReferenceGenerator references;
    private final ClientIpHasher ipHasher;
    private final ApplicationEventPublisher publisher;
    private final IntakeProperties properties;
    private final IntakeMetrics metrics;
    private final Clock clock;
    private final IntakeLimits limits;

    IntakeService(
            InquiryRepository inquiries,
            TimelineRecordRepository records,
            AttachmentRepository attachmentsRepository,
            AttachmentContentRepository contents,
            CatalogService catalog,
            ContactDirectory contacts,
            ReferenceGenerator references,
            ClientIpHasher ipHasher,
            ApplicationEventPublisher publisher,
            IntakeProperties properties,
            IntakeMetrics metrics,
            Clock clock) {
        this.inquiries = inquiries;
        this.records = records;
        this.attachmentsRepository = attachmentsRepository;
        this.contents = contents;
        this.catalog = catalog;
        this.contacts = contacts;
        this.references = references;
        this.ipHasher = ipHasher;
        this.publisher = publisher;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.limits = new IntakeLimits(properties, clock);
    }

    /**
     * Submits an inquiry.
     *
     * <p>An identical inquiry (same email address, product line, subject and message) within the duplicate window
     * is not stored again: the first one's receipt comes back. A filled honeypot or two spam signals together
     * ({@link SpamSignals}) store the inquiry as spam, which notifies nobody; one signal alone stores it as usual,
     * flagged as suspected spam for staff. Either way the receipt looks the same as any other. An inquiry a staff
     * member entered ({@link IntakeContext#staff}) is validated the same way, with the staff member's consent note
     * in place of the consent box, and is neither rate-limited nor checked for spam.
     *
     * @return the reference the client is shown
     * @throws InvalidInquiryException when a field breaks a rule; nothing is stored
     * @throws RateLimitExceededException when the client's IP or email address sent too many; nothing is stored
     */
    @Transactional
    public IntakeReceipt submit(InquiryRequest request, IntakeContext context) {
        return submit(request, context, List.of());
    }

    /**
     * Submits an inquiry with files. Their number and sizes are checked with the fields; their bytes are looked
     * into ({@link AttachmentRules}) only when everything else passed, the rate limits included. They are stored
     * with the inquiry in its transaction: both are stored, or neither.
     *
     * @throws InvalidInquiryException when a field or a file breaks a rule; nothing is stored
     * @throws RateLimitExceededException when the client's IP or email address sent too many; nothing is stored
     */
    @Transactional
    public IntakeReceipt submit(InquiryRequest request, IntakeContext context, List<AttachmentUpload> attachments) {
        Map<String, ProductLineSummary> productLines = catalog.activeProductLines().stream()
                .collect(Collectors.toMap(ProductLineSummary::code, Function.identity()));
        var problems = new ArrayList<FieldViolation>();
        AttachmentRules.checkSizes(
                attachments,
                properties.maxAttachments(),
                properties.maxAttachmentSize().toBytes(),
                problems);
        ValidInquiry input;
        try {
            input = IntakeValidator.validate(request, productLines::containsKey, context);
        } catch (InvalidInquiryException invalid) {
            var all = new ArrayList<>(invalid.violations());
            all.addAll(problems);
            throw new InvalidInquiryException(all);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        Instant now = clock.instant();

        Optional<Inquiry> earlier = inquiries.findFirstByEmailAndContentHashAndReceivedAtAfterOrderByReceivedAtAsc(
                input.email(), input.contentHash(), now.minus(properties.duplicateWindow()));
        if (earlier.isPresent()) {
            log.info("Repeated submission of {} not stored again", earlier.get().reference());
            return new IntakeReceipt(earlier.get().reference(), earlier.get().receivedAt(), true);
        }
        boolean busy = false;
        if (!context.byStaff()) {
            busy = limits.halfSpent(context.clientIp(), input.email());
            limits.spend(context.clientIp(), input.email());
        }

        // Only now are the files opened: unpacking costs work, which a request refused above never causes
        List<AttachmentRules.Accepted> files = AttachmentRules.checkContents(attachments, problems, metrics::unpacked);
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }

        SpamSignals.Verdict verdict =
                context.byStaff() ? new SpamSignals.Verdict(null, null) : spamVerdict(input, context, now, busy);
        long productLineId =
                Objects.requireNonNull(productLines.get(input.productLine()).id(), "stored product line");
        long contactId = contacts.register(new ContactDetails(
                input.email(),
                input.name(),
                input.company(),
                input.phone(),
                input.country(),
                input.language(),
                productLineId,
                now));
        var inquiry = inquiries.save(new Inquiry(
                references.next(now),
                now,
                input,
                productLineId,
                properties.consentVersion(),
                context.source(),
                verdict.spamReason(),
                verdict.suspicion(),
                ipHasher.hash(context.clientIp()),
                contactId));
        MDC.put(LOG_KEY, inquiry.reference());
        try {
            records.save(TimelineRecord.submitted(inquiry, context.enteredBy()));
            for (AttachmentRules.Accepted file : files) {
                var attachment = attachmentsRepository.save(new InquiryAttachment(
                        inquiry.id(), file.fileName(), file.contentType(), file.content().length, file.sha256(), now));
                contents.save(new AttachmentContent(attachment.id(), file.content()));
            }
            publisher.publishEvent(new InquirySubmitted(
                    inquiry.id(),
                    inquiry.reference(),
                    inquiry.receivedAt(),
                    inquiry.language(),
                    productLineId,
                    input.name(),
                    input.company(),
                    input.email(),
                    input.phone(),
                    input.country(),
                    input.subject(),
                    input.message(),
                    context.source(),
                    inquiry.isSpam(),
                    context.acknowledge(),
                    null));
            log.info(
                    "Inquiry {} received from {} with {} attachment(s){}",
                    inquiry.reference(),
                    context.source(),
                    files.size(),
                    inquiry.isSpam()
                            ? " (flagged as spam: " + inquiry.spamReason() + ")"
                            : inquiry.suspectedSpam() == null
                                    ? ""
                                    : " (suspected spam: " + inquiry.suspectedSpam() + ")");
            return new IntakeReceipt(inquiry.reference(), inquiry.receivedAt(), false);
        } finally {
            MDC.remove(LOG_KEY);
        }
    }

    /** How many files one inquiry may carry. */
    public int maxAttachments() {
        return properties.maxAttachments();
    }

    /** How large each file may be, in bytes. */
    public long maxAttachmentBytes() {
        return properties.maxAttachmentSize().toBytes();
    }

    /** The file name endings of the allowed types, for the browser's file chooser; the server checks the bytes. */
    public List<String> acceptedFileExtensions() {
        return AttachmentRules.acceptedExtensions().stream().sorted().toList();
    }

    /**
     * The rules a request breaks, without storing anything or spending a rate limit: for a form that checks each
     * field as the person leaves it. {@link #submit} applies the same rules again.
     */
    public List<FieldViolation> check(InquiryRequest request) {
        // the catalog is read only for a request that names a product line, not for every field a form checks
        Predicate<String> activeLine = code -> catalog.activeProductLines().stream()
                .anyMatch(line -> line.code().equals(code));
        try {
            IntakeValidator.validate(request, activeLine);
            return List.of();
        } catch (InvalidInquiryException invalid) {
            return invalid.violations();
        }
    }

    /**
     * The rules a staff member's note of how the client agreed to be contacted breaks, as it is typed: for the form
     * staff enter an inquiry with. {@link #submit} applies the same rules again.
     */
    public List<FieldViolation> checkConsentNote(@Nullable String consentNote) {
        return IntakeValidator.checkConsentNote(consentNote);
    }

    /**
     * The rules one file breaks, as soon as it is chosen: its size, and its type from its bytes. {@link #submit}
     * checks the files again, their number included.
     */
    public List<FieldViolation> checkFile(AttachmentUpload file) {
        var problems = new ArrayList<FieldViolation>();
        AttachmentRules.checkSizes(
                List.of(file), 1, properties.maxAttachmentSize().toBytes(), problems);
        if (problems.isEmpty()) {
            AttachmentRules.checkContents(List.of(file), problems, metrics::unpacked);
        }
        return problems;
    }

    private SpamSignals.Verdict spamVerdict(ValidInquiry input, IntakeContext context, Instant now, boolean busy) {
        Instant shownAt = context.formShownAt();
        return SpamSignals.judge(
                input.honeypotFilled(),
                shownAt == null ? null : Duration.between(shownAt, now),
                properties.minFillTime(),
                input.subject() + "\n" + input.message(),
                busy);
    }
}
