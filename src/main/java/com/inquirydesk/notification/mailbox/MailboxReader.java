package com.inquirydesk.notification.mailbox;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the company's mailbox on a thread of its own: holds the lease, connects, takes each new message in (one
 * transaction each, in UID order), flags it as read once that committed, and waits for more, with IMAP IDLE where
 * the server offers it, else by polling. Connection and database failures pause it with a growing backoff; a
 * message that fails three times for reasons of its own is quarantined so that it never stops the ones after it.
 */
@Component
class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** Attempts at one message before it goes to the quarantine. */
    static final int MAX_ATTEMPTS = 3;

    private final MailboxProperties properties;
    private final InboundMailProcessor processor;
    private final MailboxLease lease;
    private final Clock clock;
    private final String mailbox;
    private final String holder;
    private final Object signal = new Object();
    private final Map<Long, Integer> failures = new HashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("mailbox-idle-watchdog").daemon().factory());
    private volatile boolean running;
    private volatile boolean wakeRequested;
    private volatile @Nullable Thread thread;
    private volatile @Nullable MailboxConnection connection;
    private volatile MailboxStatus status;
    private Instant renewedAt = Instant.EPOCH;

    MailboxReader(MailboxProperties properties, InboundMailProcessor processor, MailboxLease lease, Clock clock) {
        this.properties = properties;
        this.processor = processor;
        this.lease = lease;
        this.clock = clock;
        this.mailbox = properties.key();
        this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.status = new MailboxStatus(MailboxStatus.State.OFF, null, false, null, null, null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.enabled()) {
            log.info("Mailbox reading is off: INQUIRY_IMAP_HOST is not set");
            return;
        }
        running = true;
        status = withState(MailboxStatus.State.CONNECTING);
        thread = Thread.ofPlatform().name("mailbox-reader").daemon().start(this::run);
        log.info("Mailbox reader {} started for {}", holder, mailbox);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        Thread reader = thread;
        if (reader != null) {
            endPause();
            // closing the connection ends an IDLE under way
            closeConnection();
            reader.interrupt();
            reader.join(Duration.ofSeconds(20));
        }
        watchdog.shutdownNow();
        if (reader != null) {
            lease.release(mailbox, holder);
        }
    }

    /** What the reader is doing now, for the mailbox page. */
    MailboxStatus status() {
        return status;
    }

    /** The instance name this reader holds the lease under. */
    String holder() {
        return holder;
    }

    /** Ends a wait at once: look for new mail now. */
    void wake() {
        wakeRequested = true;
        endPause();
        MailboxConnection open = connection;
        if (open != null && running) {
            try {
                watchdog.execute(() -> poke(open));
            } catch (RejectedExecutionException stopping) {
                // the reader is stopping, and closes the connection itself
            }
        }
    }

    private void endPause() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void run() {
        lease.ensureState(mailbox);
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try {
                if (!lease.claim(mailbox, holder)) {
                    closeConnection();
                    status = standby();
                    pause(properties.pollInterval());
                    continue;
                }
                renewedAt = clock.instant();
                MailboxConnection open = connection;
                if (open == null) {
                    status = withState(MailboxStatus.State.CONNECTING);
                    open = MailboxConnection.open(properties);
                    connection = open;
                }
                round(open);
                lease.polled(mailbox, holder);
                status = new MailboxStatus(
                        MailboxStatus.State.CONNECTED, null, useIdle(open), clock.instant(), null, null);
                backoff = FIRST_BACKOFF;
                waitForMail(open);
            } catch (LostLeaseException lost) {
                log.info("{}", lost.getMessage());
                closeConnection();
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Mailbox {}: {}; trying again in {} s", mailbox, error, backoff.toSeconds());
                status = new MailboxStatus(
                        MailboxStatus.State.ERROR, null, status.idle(), status.lastRoundAt(), error, clock.instant());
                try {
                    lease.failed(mailbox, error);
                } catch (RuntimeException databaseDown) {
                    // the database is what failed: the status above says so
                }
                closeConnection();
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        closeConnection();
    }

    /** Takes every new message in, in UID order, and first flags what a crash left unflagged. */
    private void round(MailboxConnection open) throws MessagingException, IOException {
        long validity = open.uidValidity();
        MailboxState state = lease.state(mailbox).orElseThrow();
        long lastUid = state.lastUid();
        if (state.uidValidity() == null || state.uidValidity() != validity) {
            lastUid = state.uidValidity() == null ? firstCheckpoint(open) : 0;
            if (!lease.restart(mailbox, holder, validity, lastUid)) {
                throw new LostLeaseException(mailbox);
            }
            log.info("Mailbox {} read from UID {} on (UIDVALIDITY {})", mailbox, lastUid + 1, validity);
        }
        repair(open, validity, lastUid);
        var at = new InboundMailProcessor.Checkpoint(mailbox, holder);
        List<Long> uids;
        do {
            uids = open.uidsAfter(lastUid, properties.batchSize());
            for (long uid : uids) {
                if (!running) {
                    return;
                }
                RawMail raw = open.raw(uid);
                if (raw != null) {
                    take(open, at, raw);
                }
                lastUid = uid;
                renewWhenDue();
            }
        } while (uids.size() == properties.batchSize());
    }

    private void take(MailboxConnection open, InboundMailProcessor.Checkpoint at, RawMail raw)
            throws MessagingException {
        InboundOutcome outcome;
        try {
            outcome = processor.process(at, raw);
            failures.remove(raw.uid());
        } catch (LostLeaseException lost) {
            throw lost;
        } catch (RuntimeException e) {
            int attempts = failures.merge(raw.uid(), 1, Integer::sum);
            if (attempts < MAX_ATTEMPTS) {
                throw e;
            }
            log.error("Mail UID {} failed {} times; it goes to the quarantine", raw.uid(), attempts, e);
            outcome = processor.giveUp(at, raw, e.getClass().getSimpleName() + ": " + e.getMessage());
            failures.remove(raw.uid());
        }
        log.debug("Mail UID {}: {}", raw.uid(), outcome);
        try {
            open.done(raw.uid());
        } catch (MessagingException e) {
            // taken in and recorded: the next round's repair flags it
            log.warn("Mail UID {} taken in but not flagged yet: {}", raw.uid(), e.getMessage());
        }
    }

    /** On the very first start, the folder is read from the messages of the last days on, not from its beginning. */
    private long firstCheckpoint(MailboxConnection open) throws MessagingException {
        Long first = open.firstUidSince(clock.instant().minus(properties.initialBacklog()));
        return first == null ? open.uidNext() - 1 : first - 1;
    }

    /** Messages recorded as taken in but still unread (a crash came between commit and flag) are flagged now. */
    private void repair(MailboxConnection open, long validity, long lastUid) throws MessagingException {
        List<Long> unseen = open.unseenUpTo(lastUid);
        for (long uid : lease.taken(mailbox, validity, unseen)) {
            open.done(uid);
            log.info("Mail UID {} was taken in before a stop; flagged now", uid);
        }
    }

    private void renewWhenDue() {
        if (Duration.between(renewedAt, clock.instant())
                        .compareTo(properties.lease().dividedBy(3))
                > 0) {
            if (!lease.claim(mailbox, holder)) {
                throw new LostLeaseException(mailbox);
            }
            renewedAt = clock.instant();
        }
    }

    private boolean useIdle(MailboxConnection open) throws MessagingException {
        return properties.idle() && open.canIdle();
    }

    /** Waits for new mail: IDLE until the server speaks, a wake-up or the refresh; else the poll interval. */
    private void waitForMail(MailboxConnection open) throws MessagingException {
        if (wakeRequested) {
            wakeRequested = false;
            return;
        }
        if (!useIdle(open)) {
            pause(properties.pollInterval());
            return;
        }
        // the lease must be renewed while idle, and servers drop an IDLE after 30 minutes
        Duration limit = properties.idleRefresh().compareTo(properties.lease().dividedBy(3)) < 0
                ? properties.idleRefresh()
                : properties.lease().dividedBy(3);
        ScheduledFuture<?> refresh = watchdog.schedule(() -> poke(open), limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            open.idle();
        } finally {
            refresh.cancel(false);
            wakeRequested = false;
        }
    }

    private static void poke(MailboxConnection open) {
        try {
            open.poke();
        } catch (MessagingException | IllegalStateException e) {
            // the reader sees the same failure and reconnects
        }
    }

    private void pause(Duration time) {
        synchronized (signal) {
            if (wakeRequested || !running) {
                wakeRequested = false;
                return;
            }
            try {
                signal.wait(Math.max(1, time.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            wakeRequested = false;
        }
    }

    private void closeConnection() {
        MailboxConnection open = connection;
        connection = null;
        if (open != null) {
            open.close();
        }
    }

    private MailboxStatus standby() {
        String other = lease.state(mailbox).map(MailboxState::holder).orElse(null);
        return new MailboxStatus(MailboxStatus.State.STANDBY, other, false, status.lastRoundAt(), null, null);
    }

    private MailboxStatus withState(MailboxStatus.State state) {
        return new MailboxStatus(state, null, status.idle(), status.lastRoundAt(), null, null);
    }
}
