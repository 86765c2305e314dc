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

    /** The product lines a client may choose, in display order. */
    public List<ProductLineSummary> activeProductLines() {
        return productLines.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .map(ProductLine::toSummary)
                .toList();
    }

    /** Any product line by id, active or not: old inquiries keep their line. */
    public Optional<ProductLineSummary> productLine(long id) {
        return productLines.findById(id).map(ProductLine::toSummary);
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

    /** The product line a client's mail belongs to. */
    public long routeMail(List<String> recipients, String subjectAndText) {
        return productLines
                .findByActiveTrueOrderBySortOrderAscIdAsc()
                .getFirst()
                .toSummary()
                .id();
    }
}
