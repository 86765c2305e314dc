package com.inquirydesk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the catalog for the public page, the intake and the API. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ProductLineRepository productLines;
    private final CompanyProfileRepository companyProfiles;
    private final ProductLineRecipientRepository recipients;

    CatalogService(
            ProductLineRepository productLines,
            CompanyProfileRepository companyProfiles,
            ProductLineRecipientRepository recipients) {
        this.productLines = productLines;
        this.companyProfiles = companyProfiles;
        this.recipients = recipients;
    }

    /**
     * The product lines a client may choose, in display order: on the public form, in the API, when staff enter an
     * inquiry, and what the intake accepts. Deactivated lines and the line for unsorted mail are left out.
     */
    public List<ProductLineSummary> activeProductLines() {
        return productLines.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .filter(ProductLine::isSelectable)
                .map(ProductLine::toSummary)
                .toList();
    }

    /**
     * The product lines staff filter and report by, in display order: {@link #activeProductLines()} and the line
     * for mail that fits no other, as inquiries are filed under it too. Deactivated lines are left out.
     */
    public List<ProductLineSummary> productLinesForStaff() {
        return productLines.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .map(ProductLine::toSummary)
                .toList();
    }

    /** Any product line by id, active or not: old inquiries keep their line. */
    public Optional<ProductLineSummary> productLine(long id) {
        return productLines.findById(id).map(ProductLine::toSummary);
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
        List<ProductLineSummary> lines =
                productLines.findAll().stream().map(ProductLine::toSummary).toList();
        return new InboundMailSorter(lines).sort(recipients, subjectAndText);
    }

    /** The people set up to receive a product line's staff notifications. */
    public MailRouting routing(long productLineId) {
        var all = recipients.findByProductLineIdOrderByIdAsc(productLineId);
        return new MailRouting(
                all.stream()
                        .filter(r -> !r.isCopy())
                        .map(ProductLineRecipient::email)
                        .toList(),
                all.stream()
                        .filter(ProductLineRecipient::isCopy)
                        .map(ProductLineRecipient::email)
                        .toList());
    }

    /** The company's contact card. */
    public CompanyCard companyCard() {
        return companyProfiles
                .findById(CompanyProfile.SINGLETON_ID)
                .map(CompanyProfile::toCard)
                .orElseThrow(() -> new IllegalStateException("The company profile row is missing"));
    }
}
