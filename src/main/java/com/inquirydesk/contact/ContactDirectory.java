package com.inquirydesk.contact;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every intake path (the public form, the embeddable form, the API, staff entry, the mailbox) files the
 * client: the contact of the address is created or brought up to date, with its organisation and interests, in
 * plain statements ({@link ContactRows}) that never fail for an inquiry from the same client at the same moment.
 */
@Service
public class ContactDirectory {

    private final ContactRows rows;
    private final ContactHistory history;
    private final PersonalDataEraser eraser;
    private final FreeMailDomains freeMail;

    ContactDirectory(ContactRows rows, FreeMailDomains freeMail, ContactHistory history, PersonalDataEraser eraser) {
        this.rows = rows;
        this.history = history;
        this.eraser = eraser;
        this.freeMail = freeMail;
    }

    /**
     * Files the client in the intake's transaction.
     *
     * @return the id of the client's contact, for the inquiry to point at
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long register(ContactDetails details) {
        String key = ContactKeys.of(details.email());
        String domain = ContactKeys.domainOf(key);
        String organisationDomain = freeMail.contains(domain) ? null : domain;
        // most clients' companies are known already: filing the contact puts it into theirs
        ContactRows.Filed contact = rows.file(key, details, organisationDomain);
        if (contact.organisationId() == null && organisationDomain != null) {
            // a company not known yet
            rows.insertOrganisation(organisationDomain, details.at());
            rows.organisationOf(organisationDomain).ifPresent(organisation -> rows.join(contact.id(), organisation));
        }
        rows.insertInterest(contact.id(), details.productLineId());
        return contact.id();
    }

    /**
     * Erases a contact none of whose inquiries is filed under it any more (the retention job anonymised them all),
     * with whatever else is held about the client; a contact with inquiries left is kept.
     *
     * @return whether the contact was erased
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean forgetIfWithoutInquiries(long contactId) {
        Optional<String> address = rows.addressOf(contactId);
        if (address.isEmpty()) {
            return false;
        }
        PersonalDataSubject subject = history.subjectOf(contactId, address.get());
        if (!subject.inquiryIds().isEmpty()) {
            return false;
        }
        eraser.erase(subject);
        return true;
    }

    /** The client wrote again about an inquiry (an answer by mail): their last contact moves. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void wroteAgain(long contactId, Instant at) {
        rows.wroteAgain(contactId, at);
    }
}
