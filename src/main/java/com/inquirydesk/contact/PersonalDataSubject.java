package com.inquirydesk.contact;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A client whose personal data is downloaded or erased: their contact, the inquiries filed under it, and every
 * address they wrote from (the contact's and those typed on its inquiries, in lower case). The retention job
 * erases inquiries one by one: then there is no contact and no address, only the inquiries.
 */
public record PersonalDataSubject(@Nullable Long contactId, List<Long> inquiryIds, Set<String> addresses) {

    /** Closed inquiries whose time is up, whoever sent them. */
    public static PersonalDataSubject inquiries(List<Long> inquiryIds) {
        return new PersonalDataSubject(null, inquiryIds, Set.of());
    }

    public PersonalDataSubject {
        inquiryIds = List.copyOf(inquiryIds);
        addresses = Set.copyOf(addresses);
    }
}
