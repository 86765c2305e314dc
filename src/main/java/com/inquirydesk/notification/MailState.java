package com.inquirydesk.notification;

/** Where a mail stands in the outbox. */
public enum MailState {
    /** Waiting for its next attempt (also after a failed attempt that will be retried). */
    PENDING,
    /** Claimed by one dispatcher, which is sending it now. */
    SENDING,
    SENT,
    /** Given up after the configured number of attempts; the last error says why. */
    FAILED,
    /** Taken out of the outbox by an administrator before it was sent. */
    CANCELLED,
    /** Sent, then returned by the recipient's mail server as undeliverable; the last error says why. */
    BOUNCED
}
