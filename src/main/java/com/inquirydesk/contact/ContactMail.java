package com.inquirydesk.contact;

import java.time.Instant;

/**
 * A mail between the company and a client about one of their inquiries, as the timeline on the client's page
 * shows it.
 *
 * @param fromClient true for the client's mail to the company, false for the company's to the client
 * @param kindKey the translation key of what the mail was (the client's mail, an acknowledgement, a reply)
 * @param stateKey the translation key of where the mail is (received, waiting, sent, failed, …)
 */
public record ContactMail(
        long inquiryId, Instant at, boolean fromClient, String kindKey, String subject, String stateKey) {}
