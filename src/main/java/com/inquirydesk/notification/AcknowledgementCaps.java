package com.inquirydesk.notification;

import com.inquirydesk.base.SlidingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The caps per hour on acknowledgements ({@link InquiryMails}): so many to one address, so many in all. They are
 * counted in memory, so a check costs the same at thousands of inquiries an hour as at none; counting the
 * outbox's last hour on every inquiry cost a read of every mail of that hour, a third of the intake's time under
 * load. At the first check the acknowledgements of the last hour are read back from the outbox, so a restart
 * forgets none; an acknowledgement whose transaction does not commit gives its share back. Like the intake's
 * own limits, the count is per running app.
 */
@Component
class AcknowledgementCaps {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final String ALL = "";

    private final OutboundMailRepository mails;
    private final Clock clock;
    private final SlidingWindowLimiter perAddress;
    private final SlidingWindowLimiter total;
    private boolean loaded;

    @Autowired
    AcknowledgementCaps(OutboundMailRepository mails, MailProperties properties, Clock clock) {
        this(mails, properties.acknowledgementsPerHour(), properties.totalAcknowledgementsPerHour(), clock);
    }

    AcknowledgementCaps(OutboundMailRepository mails, int perAddressPerHour, int totalPerHour, Clock clock) {
        this.mails = mails;
        this.clock = clock;
        this.perAddress = new SlidingWindowLimiter(perAddressPerHour, HOUR, clock);
        this.total = new SlidingWindowLimiter(totalPerHour, HOUR, clock);
    }

    /**
     * Counts an acknowledgement to this address, unless that would break a cap.
     *
     * @return the cap it would break ({@code address} or {@code total}), or null when it was counted
     */
    synchronized @Nullable String take(String address) {
        if (!loaded) {
            Instant since = clock.instant().minus(HOUR);
            for (AcknowledgementSent sent :
                    mails.findByKindAndCreatedAtAfterOrderByCreatedAtAsc(MailKind.ACKNOWLEDGEMENT, since)) {
                perAddress.record(key(sent.primaryRecipient()), sent.createdAt());
                total.record(ALL, sent.createdAt());
            }
            loaded = true;
        }
        String key = key(address);
        if (perAddress.waitFor(key).isPresent()) {
            return "address";
        }
        if (total.waitFor(ALL).isPresent()) {
            return "total";
        }
        Instant toAddress = perAddress.record(key);
        Instant inAll = total.record(ALL);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        perAddress.cancel(key, toAddress);
                        total.cancel(ALL, inAll);
                    }
                }
            });
        }
        return null;
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    /** An acknowledgement in the outbox: to whom, and when it was written. */
    record AcknowledgementSent(String primaryRecipient, Instant createdAt) {}
}
