package com.inquirydesk.catalog;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Changes;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.staff.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as administrators change it: product lines with their names, descriptions, order, mail routing
 * (who is notified, and which inbound mail belongs to the line), and the company profile. A deactivated line leaves the public form and the API at once and stays
 * on its inquiries and in reports. Every change publishes an {@link AdministrativeChange}.
 */
@Service
@Secured(Role.ADMIN_AUTHORITY)
@Transactional(readOnly = true)
public class CatalogAdministration {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final int NAME_MAX_LENGTH = 120;
    static final int DESCRIPTION_MAX_LENGTH = 500;
    static final int MAX_RECIPIENTS = 20;
    static final int MAX_SORT_ORDER = 99_999;

    private final ProductLineRepository productLines;
    private final ProductLineRecipientRepository recipients;
    private final CompanyProfileRepository companyProfiles;
    private final CatalogService catalog;
    private final ApplicationEventPublisher publisher;

    CatalogAdministration(
            ProductLineRepository productLines,
            ProductLineRecipientRepository recipients,
            CompanyProfileRepository companyProfiles,
            CatalogService catalog,
            ApplicationEventPublisher publisher) {
        this.productLines = productLines;
        this.recipients = recipients;
        this.companyProfiles = companyProfiles;
        this.catalog = catalog;
        this.publisher = publisher;
    }

    /** Every product line, active or not, in display order. */
    public List<ProductLineSummary> productLines() {
        return productLines.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(ProductLine::toSummary)
                .toList();
    }

    /** A product line as its edit form shows it, with its routing. */
    public ProductLineDraft draft(long id) {
        ProductLineSummary line = load(id).toSummary();
        MailRouting routing = catalog.routing(id);
        return new ProductLineDraft(
                line.code(),
                line.nameEn(),
                line.nameZh(),
                line.descriptionEn(),
                line.descriptionZh(),
                line.sortOrder(),
                routing.to(),
                routing.cc(),
                line.inboundAddress(),
                ProductLineKeywords.format(line.keywords()));
    }

    /**
     * Creates an active product line.
     *
     * @throws com.inquirydesk.base.InvalidInputException when a field breaks a rule; nothing is stored
     */
    @Transactional
    public ProductLineSummary create(ProductLineDraft draft) {
        var input = new FormInput();
        String code = draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            input.refuse("code", "catalog.code.invalid");
        } else if (productLines.existsByCode(code)) {
            input.refuse("code", "catalog.code.taken");
        }
        ProductLineDraft clean = checked(draft, input, null);
        ProductLine line = productLines.save(new ProductLine(code, clean));
        setRouting(line.id(), clean);
        publisher.publishEvent(new AdministrativeChange(
                Action.PRODUCT_LINE_CREATED,
                target(line),
                describe(new Changes(), null, clean).list()));
        return line.toSummary();
    }

    /**
     * Changes a product line's names, descriptions, order, notification routing, inbound address and keywords; its
     * code stays. The line for unsorted mail takes no keywords: it gets what no other line's keywords catch.
     *
     * @throws com.inquirydesk.base.InvalidInputException when a field breaks a rule; nothing is changed
     */
    @Transactional
    public ProductLineSummary update(long id, ProductLineDraft draft) {
        ProductLine line = load(id);
        ProductLineDraft before = draft(id);
        ProductLineDraft clean = checked(draft, new FormInput(), line);
        line.apply(clean);
        recipients.deleteByProductLineId(id);
        setRouting(id, clean);
        var changes = describe(new Changes(), before, clean);
        if (!changes.isEmpty()) {
            publisher.publishEvent(new AdministrativeChange(Action.PRODUCT_LINE_UPDATED, target(line), changes.list()));
        }
        return line.toSummary();
    }

    /**
     * Shows a line on the public form and in the API again, or hides it from both.
     *
     * @throws IllegalArgumentException when asked to deactivate the line for unsorted mail, which mail that fits no
     *     other line needs; the view offers no such button
     */
    @Transactional
    public ProductLineSummary setActive(long id, boolean active) {
        ProductLine line = load(id);
        if (!active && !line.isSelectable()) {
            throw new IllegalArgumentException("Product line " + line.code() + " takes unsorted mail; it stays active");
        }
        if (line.isActive() != active) {
            line.setActive(active);
            publisher.publishEvent(new AdministrativeChange(
                    active ? Action.PRODUCT_LINE_ACTIVATED : Action.PRODUCT_LINE_DEACTIVATED, target(line)));
        }
        return line.toSummary();
    }

    /**
     * Changes the company profile: the public contact card, the footer of every mail, and the address that
     * receives notifications of lines without routing.
     *
     * @throws com.inquirydesk.base.InvalidInputException when a field breaks a rule; nothing is changed
     */
    @Transactional
    public CompanyCard updateCompany(CompanyCard card) {
        var input = new FormInput();
        var clean = new CompanyCard(
                input.text("nameEn", card.nameEn(), 200, false),
                input.text("nameZh", card.nameZh(), 200, false),
                input.text("tel", card.tel(), 40, true),
                input.email("email", card.email(), true),
                input.text("postCode", card.postCode(), 20, false),
                input.text("addressEn", card.addressEn(), 300, false),
                input.text("addressZh", card.addressZh(), 300, false));
        if (!clean.tel().isEmpty() && !clean.tel().matches("\\+?[0-9 ()./-]{4,40}")) {
            input.refuse("tel", "validation.phone");
        }
        input.check();
        CompanyProfile profile = companyProfiles
                .findById(CompanyProfile.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("The company profile row is missing"));
        CompanyCard before = profile.toCard();
        profile.update(clean);
        var changes = new Changes()
                .field(Field.NAME_EN, before.nameEn(), clean.nameEn())
                .field(Field.NAME_ZH, before.nameZh(), clean.nameZh())
                .field(Field.TEL, before.tel(), clean.tel())
                .field(Field.EMAIL, before.email(), clean.email())
                .field(Field.POST_CODE, before.postCode(), clean.postCode())
                .field(Field.ADDRESS_EN, before.addressEn(), clean.addressEn())
                .field(Field.ADDRESS_ZH, before.addressZh(), clean.addressZh());
        if (!changes.isEmpty()) {
            publisher.publishEvent(new AdministrativeChange(Action.COMPANY_UPDATED, Target.company(), changes.list()));
        }
        return clean;
    }

    /** @param line the line being changed; null for a new one */
    private ProductLineDraft checked(ProductLineDraft draft, FormInput input, @Nullable ProductLine line) {
        String nameEn = input.text("nameEn", draft.nameEn(), NAME_MAX_LENGTH, true);
        String nameZh = input.text("nameZh", draft.nameZh(), NAME_MAX_LENGTH, true);
        String descriptionEn = input.text("descriptionEn", draft.descriptionEn(), DESCRIPTION_MAX_LENGTH, false);
        String descriptionZh = input.text("descriptionZh", draft.descriptionZh(), DESCRIPTION_MAX_LENGTH, false);
        if (draft.sortOrder() < 0 || draft.sortOrder() > MAX_SORT_ORDER) {
            input.refuse("sortOrder", "catalog.sortOrder.range", MAX_SORT_ORDER);
        }
        List<String> to = addresses("to", draft.to(), input);
        List<String> cc = addresses("cc", draft.cc(), input);
        if (to.stream().anyMatch(cc::contains)) {
            input.refuse("cc", "catalog.recipients.both");
        }
        if (to.isEmpty() && !cc.isEmpty()) {
            input.refuse("to", "catalog.recipients.ccOnly");
        }
        String inboundAddress = inboundAddress(draft.inboundAddress(), input, line);
        String keywords = keywords(draft.keywords(), input, line);
        input.check();
        return new ProductLineDraft(
                draft.code(),
                nameEn,
                nameZh,
                descriptionEn,
                descriptionZh,
                draft.sortOrder(),
                to,
                cc,
                inboundAddress,
                keywords);
    }

    /** In lower case, as mail routing compares it; no two lines share one. */
    private String inboundAddress(String raw, FormInput input, @Nullable ProductLine line) {
        String address = input.email("inboundAddress", raw, false).toLowerCase(Locale.ROOT);
        if (!address.isEmpty() && !input.refused("inboundAddress")) {
            productLines
                    .findByInboundAddress(address)
                    .filter(owner -> line == null || owner.id() != line.id())
                    .ifPresent(owner -> input.refuse("inboundAddress", "catalog.inboundAddress.taken", owner.code()));
        }
        return address;
    }

    private static String keywords(String raw, FormInput input, @Nullable ProductLine line) {
        String text = input.multiLine("keywords", raw, ProductLineKeywords.MAX_LENGTH, false);
        String keywords = ProductLineKeywords.format(ProductLineKeywords.parse(text));
        if (input.refused("keywords")) {
            return keywords;
        }
        if (keywords.length() > ProductLineKeywords.MAX_LENGTH) {
            input.refuse("keywords", "validation.tooLong", ProductLineKeywords.MAX_LENGTH);
        } else if (!keywords.isEmpty() && line != null && !line.isSelectable()) {
            input.refuse("keywords", "catalog.keywords.unsorted");
        }
        return keywords;
    }

    private static List<String> addresses(String field, List<String> raw, FormInput input) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String value : raw) {
            if (!value.isBlank()) {
                addresses.add(input.email(field, value, false));
            }
        }
        if (addresses.size() > MAX_RECIPIENTS) {
            input.refuse(field, "catalog.recipients.tooMany", MAX_RECIPIENTS);
        }
        return new ArrayList<>(addresses);
    }

    private void setRouting(long productLineId, ProductLineDraft draft) {
        draft.to().forEach(address -> recipients.save(new ProductLineRecipient(productLineId, address, false)));
        draft.cc().forEach(address -> recipients.save(new ProductLineRecipient(productLineId, address, true)));
    }

    private static Changes describe(Changes changes, @Nullable ProductLineDraft before, ProductLineDraft after) {
        return changes.field(Field.NAME_EN, before == null ? null : before.nameEn(), after.nameEn())
                .field(Field.NAME_ZH, before == null ? null : before.nameZh(), after.nameZh())
                .field(Field.DESCRIPTION_EN, before == null ? null : before.descriptionEn(), after.descriptionEn())
                .field(Field.DESCRIPTION_ZH, before == null ? null : before.descriptionZh(), after.descriptionZh())
                .field(Field.SORT_ORDER, before == null ? null : before.sortOrder(), after.sortOrder())
                .field(Field.TO, before == null ? null : String.join(", ", before.to()), String.join(", ", after.to()))
                .field(Field.CC, before == null ? null : String.join(", ", before.cc()), String.join(", ", after.cc()))
                .field(Field.INBOUND_ADDRESS, before == null ? null : before.inboundAddress(), after.inboundAddress())
                .field(Field.KEYWORDS, before == null ? null : before.keywords(), after.keywords());
    }

    private ProductLine load(long id) {
        return productLines.findById(id).orElseThrow(() -> new IllegalArgumentException("No product line " + id));
    }

    private static String target(ProductLine line) {
        return Target.PRODUCT_LINE.of(line.code());
    }
}
