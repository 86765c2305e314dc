package com.inquirydesk.inquiry;

import org.jspecify.annotations.Nullable;

/**
 * An inquiry as a client typed it, from the web form or the REST API: untrusted, unvalidated text.
 *
 * @param productLine the code of an active product line
 * @param language the preferred reply language, {@code en} or {@code zh}
 * @param consent whether the client agreed to the storage of the inquiry
 * @param website the honeypot: people leave it empty, bots fill it
 */
public record InquiryRequest(
        @Nullable String name,
        @Nullable String company,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String country,
        @Nullable String productLine,
        @Nullable String subject,
        @Nullable String message,
        @Nullable String language,
        @Nullable Boolean consent,
        @Nullable String website) {}
