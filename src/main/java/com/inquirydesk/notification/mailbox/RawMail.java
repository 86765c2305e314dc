package com.inquirydesk.notification.mailbox;

import java.time.Instant;

/**
 * One message as the server holds it, not yet parsed: the bytes that are parsed here and kept whole in the
 * quarantine.
 *
 * @param truncated whether the message was larger than the limit and {@code bytes} holds only its beginning
 */
record RawMail(long uidValidity, long uid, byte[] bytes, Instant receivedAt, boolean truncated) {}
