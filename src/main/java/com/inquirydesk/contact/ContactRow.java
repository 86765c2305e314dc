package com.inquirydesk.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A contact as the grid and the contact's page show it. */
record ContactRow(
        long id,
        String name,
        String email,
        @Nullable String company,
        @Nullable String phone,
        @Nullable String country,
        String language,
        @Nullable Long organisationId,
        @Nullable String organisation,
        Instant firstContactAt,
        Instant lastContactAt,
        InquiryCounts counts) {

    ContactRow withCounts(InquiryCounts counts) {
        return new ContactRow(
                id,
                name,
                email,
                company,
                phone,
                country,
                language,
                organisationId,
                organisation,
                firstContactAt,
                lastContactAt,
                counts);
    }
}
