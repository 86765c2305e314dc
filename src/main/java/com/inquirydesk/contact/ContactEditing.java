package com.inquirydesk.contact;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Changes;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import com.inquirydesk.staff.Role;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sales staff change about contacts, each change in the audit trail: a contact's details corrected, two
 * contacts merged into one (two addresses of one person), an organisation renamed.
 */
@Service
@Secured(Role.SALES_AUTHORITY)
@Transactional
class ContactEditing {

    static final int NAME_MAX_LENGTH = 100;
    static final int COMPANY_MAX_LENGTH = 200;
    static final int PHONE_MAX_LENGTH = 40;
    private static final Set<String> COUNTRIES =
            Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

    private final ContactRepository contacts;
    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    ContactEditing(
            ContactRepository contacts,
            OrganisationRepository organisations,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * Corrects a contact's details; the inquiries keep what was typed with them.
     *
     * @throws InvalidInputException when a field breaks a rule; nothing is changed
     */
    void update(long id, ContactDraft draft) {
        var input = new FormInput();
        String name = input.text("name", draft.name(), NAME_MAX_LENGTH, true);
        String company = input.text("company", draft.company(), COMPANY_MAX_LENGTH, false);
        String phone = input.phone("phone", draft.phone(), PHONE_MAX_LENGTH);
        String country = input.code("country", draft.country(), false).toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !COUNTRIES.contains(country)) {
            input.refuse("country", "validation.country");
        }
        Language language = Language.fromCode(draft.language()).orElse(null);
        if (language == null) {
            input.refuse("language", "validation.language");
        }
        input.check();
        Contact contact = contacts.findById(id).orElseThrow(() -> new InvalidInputException("id", "contact.gone"));
        var changes = new Changes()
                .field(Field.NAME, contact.name(), name)
                .field(Field.COMPANY, contact.company(), company)
                .field(Field.PHONE, contact.phone(), phone)
                .field(Field.COUNTRY, contact.country(), country)
                .field(Field.LANGUAGE, contact.language(), language);
        if (changes.isEmpty()) {
            return;
        }
        contact.correct(name, blankToNull(company), blankToNull(phone), blankToNull(country), language);
        publisher.publishEvent(new AdministrativeChange(Action.CONTACT_UPDATED, Target.CONTACT.of(id), changes.list()));
    }

    /**
     * Merges one contact into another: its inquiries (and whatever else points at it) move, its interests join,
     * the kept contact's blank details are filled from it, and it is deleted.
     *
     * @throws InvalidInputException when the two are one, or one is gone; nothing is changed
     */
    void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new InvalidInputException("merge", "contact.mergeSelf");
        }
        Contact from = contacts.findById(fromId).orElseThrow(() -> new InvalidInputException("merge", "contact.gone"));
        Contact into = contacts.findById(intoId).orElseThrow(() -> new InvalidInputException("merge", "contact.gone"));
        into.absorb(from);
        jdbc.sql("""
                        insert into contact_interest (contact_id, product_line_id)
                        select :into, product_line_id from contact_interest f
                        where f.contact_id = :from and not exists (
                            select 1 from contact_interest i
                            where i.contact_id = :into and i.product_line_id = f.product_line_id)
                        """).param("into", intoId).param("from", fromId).update();
        jdbc.sql("delete from contact_interest where contact_id = ?")
                .param(fromId)
                .update();
        // the inquiries (and any other module's records) follow before the merged contact goes
        publisher.publishEvent(new ContactsMerged(fromId, intoId));
        contacts.delete(from);
        publisher.publishEvent(new AdministrativeChange(
                Action.CONTACTS_MERGED,
                Target.CONTACT.of(intoId),
                new Changes()
                        .field(Field.MERGED_CONTACT, from.email() + " (#" + fromId + ")", null)
                        .list()));
    }

    /**
     * Gives an organisation the company's real name in place of its domain.
     *
     * @throws InvalidInputException when the name breaks a rule; nothing is changed
     */
    void renameOrganisation(long id, String name) {
        var input = new FormInput();
        String clean = input.text("name", name, Organisation.NAME_MAX_LENGTH, true);
        input.check();
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> new InvalidInputException("name", "contact.gone"));
        var changes = new Changes().field(Field.NAME, organisation.name(), clean);
        if (changes.isEmpty()) {
            return;
        }
        organisation.rename(clean);
        publisher.publishEvent(
                new AdministrativeChange(Action.ORGANISATION_RENAMED, Target.ORGANISATION.of(id), changes.list()));
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
