package com.inquirydesk.inquiry.domain;

/**
 * What one entry of an inquiry's timeline tells. The first nine are recorded with the inquiry
 * ({@link TimelineRecord}, stored by name); a mail and an attachment come from their own records.
 */
public enum TimelineKind {
    SUBMITTED,
    ASSIGNED,
    STATUS_CHANGED,
    PRIORITY_CHANGED,
    NOTE,
    REPLY,
    DUPLICATE_MARKED,
    /** Staff cleared a suspicion of spam; the old value holds the signal(s). */
    SPAM_CLEARED,
    /** Staff confirmed a suspicion of spam and the inquiry moved to SPAM; the old value holds the signal(s). */
    SPAM_CONFIRMED,
    /** A mail about the inquiry, with its delivery state. */
    MAIL,
    /** A file that came with the inquiry. */
    ATTACHMENT,
    /** A mail from the client about the inquiry, from its own record. */
    CLIENT_MESSAGE
}
