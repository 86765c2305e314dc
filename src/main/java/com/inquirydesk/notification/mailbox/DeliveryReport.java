package com.inquirydesk.notification.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * What a bounce says about the mail it returns: that mail's Message-ID and outbox id (from its returned headers),
 * the status code ({@code 5.1.1}) and the remote server's diagnostic.
 */
record DeliveryReport(
        @Nullable String originalMessageId,
        @Nullable Long outboundMailId,
        @Nullable String status,
        @Nullable String diagnostic) {}
