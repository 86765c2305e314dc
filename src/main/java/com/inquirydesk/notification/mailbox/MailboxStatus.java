package com.inquirydesk.notification.mailbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the reading of the mailbox goes on this instance, for the mailbox page.
 *
 * @param holder the instance that reads the mailbox now, when it is another one
 * @param idle whether the server tells of new mail as it arrives (IMAP IDLE), so that no poll waits
 */
public record MailboxStatus(
        State state,
        @Nullable String holder,
        boolean idle,
        @Nullable Instant lastRoundAt,
        @Nullable String lastError,
        @Nullable Instant lastErrorAt) {

    /** What the reader is doing. */
    public enum State {
        /** No mailbox is configured. */
        OFF,
        CONNECTING,
        /** Connected, reading or waiting for new mail. */
        CONNECTED,
        /** Another instance reads the mailbox; this one takes over when that one stops. */
        STANDBY,
        /** The last attempt failed; the reader tries again after a pause. */
        ERROR
    }
}
