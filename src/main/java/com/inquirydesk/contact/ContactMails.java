package com.inquirydesk.contact;

import java.util.Collection;
import java.util.List;

/**
 * The mails exchanged with a client about their inquiries, for the one timeline on their page: the inquiry module
 * answers with the client's mails, the notification module with the company's mails to them.
 */
public interface ContactMails {

    /** The mails about these inquiries, newest first, at most {@code limit}. */
    List<ContactMail> mailsAbout(Collection<Long> inquiryIds, int limit);
}
