package com.inquirydesk.notification.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailbox's lease and place, each change a short transaction of its own: of several instances one reads the
 * mailbox, and takes it over from another only after that one's lease ran out.
 */
@Component
class MailboxLease {

    private final MailboxStateRepository states;
    private final InboundMessageRepository messages;
    private final MailboxProperties properties;
    private final Clock clock;

    MailboxLease(
            MailboxStateRepository states,
            InboundMessageRepository messages,
            MailboxProperties properties,
            Clock clock) {
        this.states = states;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes or renews the lease; false while another instance holds it. */
    @Transactional
    boolean claim(String mailbox, String holder) {
        Instant now = clock.instant();
        return states.claim(mailbox, holder, now, now.plus(properties.lease())) == 1;
    }

    /** The row the lease lives in, made on the very first start (by whichever instance is first). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ensureState(String mailbox) {
        if (states.existsById(mailbox)) {
            return;
        }
        try {
            states.saveAndFlush(new MailboxState(mailbox));
        } catch (DataIntegrityViolationException anotherWasFirst) {
            // the other instance made it: the same row
        }
    }

    @Transactional
    void release(String mailbox, String holder) {
        states.release(mailbox, holder);
    }

    @Transactional(readOnly = true)
    Optional<MailboxState> state(String mailbox) {
        return states.findById(mailbox);
    }

    /** Starts the folder's count over under a new UIDVALIDITY, from just after {@code lastUid}. */
    @Transactional
    boolean restart(String mailbox, String holder, long uidValidity, long lastUid) {
        return states.restart(mailbox, holder, uidValidity, lastUid) == 1;
    }

    @Transactional
    void polled(String mailbox, String holder) {
        states.polled(mailbox, holder, clock.instant());
    }

    @Transactional
    void failed(String mailbox, String error) {
        states.failed(mailbox, error.length() > 1000 ? error.substring(0, 1000) : error, clock.instant());
    }

    /** Which of these UIDs were taken in, under this UIDVALIDITY. */
    @Transactional(readOnly = true)
    List<Long> taken(String mailbox, long uidValidity, List<Long> uids) {
        return uids.isEmpty() ? List.of() : messages.findTakenUids(mailbox, uidValidity, uids);
    }
}
