package com.inquirydesk.contact;

import java.util.List;
import java.util.Set;

/**
 * A client whose personal data is downloaded or erased: their contact, the inquiries filed under it, and every
 * address they wrote from (the contact's and those typed on its inquiries, in lower case).
 */
public record PersonalDataSubject(long contactId, List<Long> inquiryIds, Set<String> addresses) {

    public PersonalDataSubject {
        inquiryIds = List.copyOf(inquiryIds);
        addresses = Set.copyOf(addresses);
    }
}
