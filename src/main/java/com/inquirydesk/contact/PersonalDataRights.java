package com.inquirydesk.contact;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.staff.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's rights over their personal data, for administrators: one download of everything the app holds about
 * them, and its erasure everywhere it is held ({@link PersonalDataHolder}s), both in the audit trail (which records
 * that they happened, never the data).
 */
@Service
@Secured(Role.ADMIN_AUTHORITY)
class PersonalDataRights {

    private final ContactRepository contacts;
    private final ContactQueries queries;
    private final ContactHistory history;
    private final PersonalDataEraser eraser;
    private final ApplicationEventPublisher publisher;
    private final CompanyZone zone;
    private final Clock clock;

    PersonalDataRights(
            ContactRepository contacts,
            ContactQueries queries,
            ContactHistory history,
            PersonalDataEraser eraser,
            ApplicationEventPublisher publisher,
            CompanyZone zone,
            Clock clock) {
        this.contacts = contacts;
        this.queries = queries;
        this.history = history;
        this.eraser = eraser;
        this.publisher = publisher;
        this.zone = zone;
        this.clock = clock;
    }

    /** {@code personal-data-contact-42-2026-12-02.zip}. */
    String fileName(long contactId) {
        return "personal-data-contact-" + contactId + "-" + LocalDate.now(clock.withZone(zone.zone())) + ".zip";
    }

    /**
     * Writes the client's download: a zip with {@code personal-data.json} and the files they sent.
     *
     * @throws InvalidInputException when the contact is gone
     */
    @Transactional
    public void download(long contactId, OutputStream out) throws IOException {
        Contact contact = find(contactId);
        PersonalDataSubject subject = history.subjectOf(contactId, contact.email());
        try (var archive = new PersonalDataArchive(out)) {
            ContactRow row = queries.byId(contactId).orElseThrow();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("email", row.email());
            details.put("addresses_used", subject.addresses().stream().sorted().toList());
            details.put("name", row.name());
            details.put("company", row.company());
            details.put("organisation", row.organisation());
            details.put("phone", row.phone());
            details.put("country_region", row.country());
            details.put("language", row.language().toLowerCase(java.util.Locale.ROOT));
            details.put("first_contact_at", row.firstContactAt().toString());
            details.put("last_contact_at", row.lastContactAt().toString());
            archive.section("contact", details);
            for (PersonalDataHolder holder : eraser.holders()) {
                holder.collect(subject, archive);
            }
        }
        publisher.publishEvent(new AdministrativeChange(Action.PERSONAL_DATA_EXPORTED, Target.CONTACT.of(contactId)));
    }

    /**
     * Erases the client's personal data everywhere it is held, and the contact itself; their inquiries stay for
     * the reports, without anything that identifies them. An organisation left without people goes too.
     *
     * @throws InvalidInputException when the contact is gone
     */
    @Transactional
    public void erase(long contactId) {
        Contact contact = find(contactId);
        eraser.erase(history.subjectOf(contactId, contact.email()));
        publisher.publishEvent(new AdministrativeChange(Action.PERSONAL_DATA_ERASED, Target.CONTACT.of(contactId)));
    }

    private Contact find(long contactId) {
        return contacts.findById(contactId).orElseThrow(() -> new InvalidInputException("id", "contact.gone"));
    }
}
