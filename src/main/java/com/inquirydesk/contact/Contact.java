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

    /**
     * Brings the contact up to date with what the client gave: details given later replace older ones, and a
     * blank field never erases one given before. An inquiry older than the last contact (entered by staff
     * afterwards) only moves the first contact back.
     */
    void touched(ContactDetails details) {
        if (details.at().isBefore(firstContactAt)) {
            firstContactAt = details.at();
        }
        if (details.at().isBefore(lastContactAt)) {
            return;
        }
        lastContactAt = details.at();
        name = details.name();
        language = details.language();
        if (details.company() != null) {
            company = details.company();
        }
        if (details.phone() != null) {
            phone = details.phone();
        }
        if (details.country() != null) {
            country = details.country();
        }
    }

    void wroteAgain(Instant at) {
        if (at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    /** The contact belongs to the organisation of its mail domain. */
    void joined(long organisationId) {
        this.organisationId = organisationId;
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
