package com.inquirydesk.notification;

import org.jspecify.annotations.Nullable;

/**
 * Which mails the outbox view shows, newest first.
 *
 * @param state only mails in this state, or all
 * @param recipient only mails whose first recipient is this address, or all
 */
public record OutboxFilter(
        @Nullable MailState state, @Nullable String recipient) {}
