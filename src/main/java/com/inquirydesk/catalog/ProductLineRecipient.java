package com.inquirydesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A person who receives the staff notifications of one product line, as To or Cc. */
@Entity
@Table(name = "product_line_recipient")
class ProductLineRecipient {

    /** Whether the recipient is addressed directly or copied. */
    enum Kind {
        TO,
        CC
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "product_line_id", nullable = false)
    private long productLineId;

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(nullable = false, length = 2)
    private String kind = Kind.TO.name();

    protected ProductLineRecipient() {}

    ProductLineRecipient(long productLineId, String email, boolean copy) {
        this.productLineId = productLineId;
        this.email = email;
        this.kind = (copy ? Kind.CC : Kind.TO).name();
    }

    long productLineId() {
        return productLineId;
    }

    String email() {
        return email;
    }

    boolean isCopy() {
        return Kind.CC.name().equals(kind);
    }
}
