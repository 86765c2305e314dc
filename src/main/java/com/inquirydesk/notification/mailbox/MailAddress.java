package com.inquirydesk.notification.mailbox;

import org.jspecify.annotations.Nullable;

/** A sender as a mail names it: the display name decoded, the address lower-cased. */
record MailAddress(@Nullable String name, String address) {}
