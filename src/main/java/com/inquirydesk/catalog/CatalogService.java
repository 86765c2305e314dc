package com.inquirydesk.catalog;

import com.inquirydesk.base.AdministrativeChange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read access to the catalog for the public page, the intake and the API.
 *
 * <p>Every inquiry reads the catalog four times (the lines it may name, its line, the line's routing, the company
 * card), and the catalog changes a few times a year: it is read as a whole into memory and kept until an
 * administrator changes something ({@link AdministrativeChange}, after it commits), and never longer than
 * {@link #FRESH}, so that a change made around this app (by another instance, or in SQL) shows within that time.
 */
@Service
public class CatalogService {

    /** How long the catalog read into memory is used at most. */
    static final Duration FRESH = Duration.ofSeconds(30);

    private final ProductLineRepository productLines;
    private final CompanyProfileRepository companyProfiles;
    private final ProductLineRecipientRepository recipients;
    private final TransactionTemplate readOnly;
    private final AtomicLong changes = new AtomicLong();
    private volatile @Nullable Snapshot snapshot;

    CatalogService(
            ProductLineRepository productLines,
            CompanyProfileRepository companyProfiles,
            ProductLineRecipientRepository recipients,
            PlatformTransactionManager transactions) {
        this.productLines = productLines;
        this.companyProfiles = companyProfiles;
        this.recipients = recipients;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The product lines a client may choose, in display order: on the public form, in the API, when staff enter an
     * inquiry, and what the intake accepts. Deactivated lines and the line for unsorted mail are left out.
     */
    public List<ProductLineSummary> activeProductLines() {
        return current().lines().stream()
                .filter(line -> line.active() && line.selectable())
                .toList();
    }

    /**
     * The product lines staff filter and report by, in display order: {@link #activeProductLines()} and the line
     * for mail that fits no other, as inquiries are filed under it too. Deactivated lines are left out.
     */
    public List<ProductLineSummary> productLinesForStaff() {
        return current().lines().stream().filter(ProductLineSummary::active).toList();
    }

    /** Any product line by id, active or not: old inquiries keep their line. */
    public Optional<ProductLineSummary> productLine(long id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /**
     * The product line a mail to the company belongs to, decided in this order:
     *
     * <ol>
     *   <li>an active line whose inbound address is one of the recipients (ignoring case, and a display name
     *       around the address); when several are, the one first in display order;
     *   <li>else the active line, of those clients may choose, with the most keywords found in the subject and
     *       text (each keyword counts once however often it occurs; Chinese keywords are found anywhere, others as
     *       whole words or phrases; case and full-width letters do not matter); a tie goes to the line first in
     *       display order;
     *   <li>else, with no keyword found, the line for unsorted mail (code {@code unassigned}).
     * </ol>
     *
     * Deactivated lines are never chosen; the line for unsorted mail cannot be deactivated.
     *
     * @param recipients the addresses the mail was sent to (To and Cc, and the forwarding address if known)
     * @param subjectAndText the subject and the plain text of the mail, in any order
     * @return the id of the product line
     * @throws IllegalStateException when the line for unsorted mail is missing from the database
     */
    public long routeMail(List<String> recipients, String subjectAndText) {
        return new InboundMailSorter(current().lines()).sort(recipients, subjectAndText);
    }

    /** The people set up to receive a product line's staff notifications. */
    public MailRouting routing(long productLineId) {
        return current().routing().getOrDefault(productLineId, new MailRouting(List.of(), List.of()));
    }

    /** The company's contact card. */
    public CompanyCard companyCard() {
        return current().company();
    }

    /** An administrator changed something: the catalog is read again at its next use. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AdministrativeChange change) {
        forget();
    }

    /** Reads the catalog again at its next use, e.g. after a change made in SQL. */
    public void forget() {
        changes.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < FRESH.toNanos()) {
            return known;
        }
        long before = changes.get();
        Snapshot read = readOnly.execute(unused -> read(now));
        if (changes.get() == before) { // a change that committed while it was read makes it stale already
            snapshot = read;
        }
        return read;
    }

    private Snapshot read(long now) {
        List<ProductLineSummary> lines = productLines.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(ProductLine::toSummary)
                .toList();
        Map<Long, MailRouting> routing = recipients.findAllByOrderByIdAsc().stream()
                .collect(Collectors.groupingBy(
                        ProductLineRecipient::productLineId,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                all -> new MailRouting(
                                        all.stream()
                                                .filter(r -> !r.isCopy())
                                                .map(ProductLineRecipient::email)
                                                .toList(),
                                        all.stream()
                                                .filter(ProductLineRecipient::isCopy)
                                                .map(ProductLineRecipient::email)
                                                .toList()))));
        CompanyCard company = companyProfiles
                .findById(CompanyProfile.SINGLETON_ID)
                .map(CompanyProfile::toCard)
                .orElseThrow(() -> new IllegalStateException("The company profile row is missing"));
        return new Snapshot(
                lines,
                lines.stream().collect(Collectors.toMap(ProductLineSummary::id, Function.identity())),
                routing,
                company,
                now);
    }

    /** The catalog as read at one time ({@link System#nanoTime}). */
    private record Snapshot(
            List<ProductLineSummary> lines,
            Map<Long, ProductLineSummary> byId,
            Map<Long, MailRouting> routing,
            CompanyCard company,
            long readAt) {}
}
