package com.inquirydesk.contact;

import com.inquirydesk.base.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a client gave with one inquiry, validated by the intake: the contact is created from it, or brought up to
 * date with it.
 *
 * @param productLineId the line the client asked about: the contact's interests grow by it
 * @param at when the client got in touch
 */
public record ContactDetails(
        String email,
        String name,
        @Nullable String company,
        @Nullable String phone,
        @Nullable String country,
        Language language,
        long productLineId,
        Instant at) {}
