package com.inquirydesk.contact;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a client's personal data everywhere it is held: each module's records ({@link PersonalDataHolder}s), then
 * the contact, and its organisation when nobody else is in it. For an administrator's erasure and for the
 * retention job alike; who may ask is the caller's matter.
 */
@Component
class PersonalDataEraser {

    private final ContactRepository contacts;
    private final List<PersonalDataHolder> holders;
    private final JdbcClient jdbc;

    PersonalDataEraser(ContactRepository contacts, List<PersonalDataHolder> holders, JdbcClient jdbc) {
        this.contacts = contacts;
        this.holders = List.copyOf(holders);
        this.jdbc = jdbc;
    }

    List<PersonalDataHolder> holders() {
        return holders;
    }

    /** Erases what the holders keep about these inquiries (or this client), and the contact if there is one. */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(PersonalDataSubject subject) {
        for (PersonalDataHolder holder : holders) {
            holder.erase(subject);
        }
        Long contactId = subject.contactId();
        if (contactId == null) {
            return;
        }
        Contact contact = contacts.findById(contactId).orElseThrow();
        Long organisation = contact.organisationId();
        jdbc.sql("delete from contact_interest where contact_id = ?")
                .param(contactId)
                .update();
        contacts.delete(contact);
        contacts.flush();
        if (organisation != null) {
            jdbc.sql("""
                            delete from organisation o where o.id = ?
                            and not exists (select 1 from contact c where c.organisation_id = o.id)
                            """).param(organisation).update();
        }
    }
}
