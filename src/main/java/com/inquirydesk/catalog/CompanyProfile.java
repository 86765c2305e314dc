package com.inquirydesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** The company's contact details: one row, shown on the public page and in mail footers. */
@Entity
@Table(name = "company_profile")
class CompanyProfile {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id = SINGLETON_ID;

    @Column(name = "name_en", length = 200)
    private @Nullable String nameEn;

    @Column(name = "name_zh", length = 200)
    private @Nullable String nameZh;

    @Column(nullable = false, length = 40)
    private String tel = "";

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(name = "post_code", length = 20)
    private @Nullable String postCode;

    @Column(name = "address_en", length = 300)
    private @Nullable String addressEn;

    @Column(name = "address_zh", length = 300)
    private @Nullable String addressZh;

    @Version
    private long version;

    protected CompanyProfile() {}

    void update(CompanyCard card) {
        this.nameEn = nullIfEmpty(card.nameEn());
        this.nameZh = nullIfEmpty(card.nameZh());
        this.tel = card.tel();
        this.email = card.email();
        this.postCode = nullIfEmpty(card.postCode());
        this.addressEn = nullIfEmpty(card.addressEn());
        this.addressZh = nullIfEmpty(card.addressZh());
    }

    private static @Nullable String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }

    CompanyCard toCard() {
        return new CompanyCard(
                text(nameEn), text(nameZh), tel, email, text(postCode), text(addressEn), text(addressZh));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
