package com.inquirydesk.notification;

/**
 * A mail in the outbox that is due now, published by the outbox in the transaction that queues it, so that the
 * dispatcher sends it as soon as that transaction commits instead of at its next poll.
 */
record MailQueued(long mailId) {}
