package com.inquirydesk.notification.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the reading of one mailbox folder stands, shared by every instance: who reads it now (a lease that runs
 * out when its holder stops renewing it), the last UID taken in under the folder's UIDVALIDITY, and the last poll
 * and error, for the mailbox page.
 */
@Entity
@Table(name = "mailbox_state")
class MailboxState {

    @Id
    @Column(length = 300)
    private String mailbox;

    @Column(length = 100)
    private @Nullable String holder;

    @Column(name = "held_until")
    private @Nullable Instant heldUntil;

    @Column(name = "uid_validity")
    private @Nullable Long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    @Column(name = "last_poll_at")
    private @Nullable Instant lastPollAt;

    @Column(name = "last_error", length = 1000)
    private @Nullable String lastError;

    @Column(name = "last_error_at")
    private @Nullable Instant lastErrorAt;

    @Version
    private long version;

    protected MailboxState() {
        this.mailbox = "";
    }

    MailboxState(String mailbox) {
        this.mailbox = mailbox;
    }

    String mailbox() {
        return mailbox;
    }

    @Nullable
    String holder() {
        return holder;
    }

    @Nullable
    Instant heldUntil() {
        return heldUntil;
    }

    @Nullable
    Long uidValidity() {
        return uidValidity;
    }

    long lastUid() {
        return lastUid;
    }

    @Nullable
    Instant lastPollAt() {
        return lastPollAt;
    }

    @Nullable
    String lastError() {
        return lastError;
    }

    @Nullable
    Instant lastErrorAt() {
        return lastErrorAt;
    }
}
