package com.inquirydesk.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One of a contact's inquiries, as their page lists it.
 *
 * @param statusKey the translation key of its status
 * @param route where its detail view is, relative to the app's root
 * @param sourceKey the translation key of the channel it came by
 * @param consentVersion the version of the consent text the client agreed to on a form; null when they agreed
 *     otherwise (by writing to the company, or as staff noted)
 * @param consentNote how the client agreed, as staff noted it for an inquiry they entered; null otherwise
 */
public record ContactInquiry(
        long id,
        String reference,
        Instant receivedAt,
        String subject,
        long productLineId,
        String statusKey,
        String route,
        String sourceKey,
        @Nullable String consentVersion,
        @Nullable String consentNote,
        Instant consentAt) {}
