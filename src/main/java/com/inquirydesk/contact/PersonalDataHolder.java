package com.inquirydesk.contact;

import java.io.IOException;

/**
 * A module that holds clients' personal data answers for it here, so that one request covers everything the app
 * holds: the client's download (access and portability, PIPL arts. 45 and 44; GDPR arts. 15 and 20) and their
 * erasure (PIPL art. 47; GDPR art. 17). Erasure removes what identifies or describes the person and keeps what
 * reports count: statuses, product lines, times, sources and languages.
 */
public interface PersonalDataHolder {

    /** Adds what this module holds about the client to their download. */
    void collect(PersonalDataSubject subject, PersonalDataArchive archive) throws IOException;

    /** Removes the client's personal data from this module's records, in the erasure's transaction. */
    void erase(PersonalDataSubject subject);
}
