package com.inquirydesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A product line the company sells; inquiries are filed and routed by it. */
@Entity
@Table(name = "product_line")
class ProductLine {

    /** The code of the seeded line for mail that fits no other line; clients never choose it. */
    static final String UNASSIGNED = "unassigned";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 120)
    private String nameZh;

    @Column(name = "description_en", length = 500)
    private @Nullable String descriptionEn;

    @Column(name = "description_zh", length = 500)
    private @Nullable String descriptionZh;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Mail sent to this address belongs to the line; stored in lower case. */
    @Column(name = "inbound_address", length = 254)
    private @Nullable String inboundAddress;

    /** As {@link ProductLineKeywords#format} writes them. */
    @Column(length = ProductLineKeywords.MAX_LENGTH)
    private @Nullable String keywords;

    /** Whether clients and staff may choose the line for an inquiry; only mail routing files into others. */
    @Column(nullable = false)
    private boolean selectable;

    @Version
    private long version;

    protected ProductLine() {
        this.code = "";
        this.nameEn = "";
        this.nameZh = "";
    }

    ProductLine(String code, ProductLineDraft draft) {
        this.code = code;
        this.nameEn = draft.nameEn();
        this.nameZh = draft.nameZh();
        apply(draft);
        this.active = true;
        this.selectable = true;
    }

    /** Applies the editable fields; the code stays what it was, as API clients send it. */
    void apply(ProductLineDraft draft) {
        this.nameEn = draft.nameEn();
        this.nameZh = draft.nameZh();
        this.descriptionEn = draft.descriptionEn().isEmpty() ? null : draft.descriptionEn();
        this.descriptionZh = draft.descriptionZh().isEmpty() ? null : draft.descriptionZh();
        this.sortOrder = draft.sortOrder();
        this.inboundAddress = draft.inboundAddress().isEmpty() ? null : draft.inboundAddress();
        this.keywords = draft.keywords().isEmpty() ? null : draft.keywords();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Product line " + code + " is not stored yet");
        }
        return id;
    }

    String code() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    boolean isSelectable() {
        return selectable;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    ProductLineSummary toSummary() {
        return new ProductLineSummary(
                id,
                code,
                nameEn,
                nameZh,
                text(descriptionEn),
                text(descriptionZh),
                active,
                sortOrder,
                selectable,
                text(inboundAddress),
                ProductLineKeywords.parse(keywords));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
