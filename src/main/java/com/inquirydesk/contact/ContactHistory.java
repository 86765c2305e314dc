package com.inquirydesk.contact;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the rest of the app holds about a contact, for the contact's page and the contacts grid; the inquiry
 * module answers it. (The contact module knows no inquiry: the dependency points the other way.)
 */
public interface ContactHistory {

    /** The contact's inquiries, newest first, at most {@code limit}. */
    List<ContactInquiry> inquiriesOf(long contactId, int limit);

    /** The contact's inquiries and every address typed on them, for a request about the client's personal data. */
    PersonalDataSubject subjectOf(long contactId, String contactAddress);

    /** How many inquiries each of these contacts has that are open, won and lost; none for a contact without. */
    Map<Long, InquiryCounts> countsOf(Collection<Long> contactIds);
}
