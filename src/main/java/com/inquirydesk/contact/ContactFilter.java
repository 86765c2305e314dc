package com.inquirydesk.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the contacts grid shows: every contact, or those matching all the chosen conditions.
 *
 * @param text a part of the name, email address, company, organisation or phone, in any language and case
 * @param country an ISO 3166 country code
 * @param productLineId a product line the contact asked about
 * @param lastContactFrom contacts heard from at or after this moment
 */
record ContactFilter(
        @Nullable String text,
        @Nullable String country,
        @Nullable Long organisationId,
        @Nullable Long productLineId,
        @Nullable Instant lastContactFrom) {

    static final ContactFilter ALL = new ContactFilter(null, null, null, null, null);
}
