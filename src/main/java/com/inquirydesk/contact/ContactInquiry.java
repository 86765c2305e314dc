package com.inquirydesk.contact;

import java.time.Instant;

/**
 * One of a contact's inquiries, as their page lists it.
 *
 * @param statusKey the translation key of its status
 * @param route where its detail view is, relative to the app's root
 */
public record ContactInquiry(
        String reference, Instant receivedAt, String subject, long productLineId, String statusKey, String route) {}
