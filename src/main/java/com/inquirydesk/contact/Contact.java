package com.inquirydesk.contact;

import com.inquirydesk.base.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One client, known by their email address ({@link ContactKeys}); their name, company, phone and country as they
 * last gave them, and when they first and last got in touch. Each inquiry keeps its own copy of what was typed.
 */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 200)
    private @Nullable String company;

    @Column(length = 40)
    private @Nullable String phone;

    @Column(length = 2)
    private @Nullable String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "first_contact_at", nullable = false)
    private Instant firstContactAt;

    @Column(name = "last_contact_at", nullable = false)
    private Instant lastContactAt;

    @Version
    private long version;

    protected Contact() {
        this.email = "";
        this.name = "";
        this.language = Language.EN;
        this.firstContactAt = Instant.EPOCH;
        this.lastContactAt = Instant.EPOCH;
    }

    /** Staff's correction of the details; the address is the contact's key and stays. */
    void correct(
            String name,
            @Nullable String company,
            @Nullable String phone,
            @Nullable String country,
            Language language) {
        this.name = name;
        this.company = company;
        this.phone = phone;
        this.country = country;
        this.language = language;
    }

    /**
     * Takes in a contact of the same person that is merged into this one: its first and last contact widen this
     * one's, and its details fill the ones this contact lacks.
     */
    void absorb(Contact other) {
        if (other.firstContactAt.isBefore(firstContactAt)) {
            firstContactAt = other.firstContactAt;
        }
        if (other.lastContactAt.isAfter(lastContactAt)) {
            lastContactAt = other.lastContactAt;
        }
        if (company == null) {
            company = other.company;
        }
        if (phone == null) {
            phone = other.phone;
        }
        if (country == null) {
            country = other.country;
        }
        if (organisationId == null) {
            organisationId = other.organisationId;
        }
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Contact is not stored yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    @Nullable
    String company() {
        return company;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String country() {
        return country;
    }

    Language language() {
        return language;
    }

    @Nullable
    Long organisationId() {
        return organisationId;
    }

    Instant firstContactAt() {
        return firstContactAt;
    }

    Instant lastContactAt() {
        return lastContactAt;
    }
}
