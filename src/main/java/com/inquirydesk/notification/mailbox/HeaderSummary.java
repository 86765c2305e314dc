package com.inquirydesk.notification.mailbox;

import org.jspecify.annotations.Nullable;

/** The sender and subject of a mail that could not be read, decoded as far as possible, for the quarantine list. */
record HeaderSummary(@Nullable String from, String subject) {}
