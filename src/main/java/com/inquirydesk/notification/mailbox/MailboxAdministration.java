package com.inquirydesk.notification.mailbox;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.PageReader;
import com.inquirydesk.staff.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailbox as administrators see it: the connection and where the reading stands, what the messages of the
 * last day and week became, and the quarantine, whose messages can be downloaded as they arrived, taken in again
 * or discarded, each recorded.
 */
@Service
@Secured(Role.ADMIN_AUTHORITY)
@Transactional(readOnly = true)
public class MailboxAdministration {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("quarantinedAt"), Sort.Order.desc("id"));

    private final MailboxProperties properties;
    private final MailboxReader reader;
    private final MailboxStateRepository states;
    private final InboundMessageRepository messages;
    private final QuarantinedMailRepository quarantine;
    private final InboundMailProcessor processor;
    private final ApplicationEventPublisher publisher;
    private final PageReader pages;
    private final Clock clock;

    MailboxAdministration(
            MailboxProperties properties,
            MailboxReader reader,
            MailboxStateRepository states,
            InboundMessageRepository messages,
            QuarantinedMailRepository quarantine,
            InboundMailProcessor processor,
            ApplicationEventPublisher publisher,
            PageReader pages,
            Clock clock) {
        this.properties = properties;
        this.reader = reader;
        this.states = states;
        this.messages = messages;
        this.quarantine = quarantine;
        this.processor = processor;
        this.publisher = publisher;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * The mailbox's connection (never its password), this instance's reader, where the reading stands across
     * instances, and what the messages became during the last 24 hours and 7 days.
     */
    public MailboxOverview overview() {
        var state = states.findById(properties.key());
        Instant now = clock.instant();
        return new MailboxOverview(
                properties.enabled(),
                properties.host(),
                properties.username(),
                properties.folder(),
                reader.status(),
                state.map(MailboxState::holder).orElse(null),
                state.map(MailboxState::lastPollAt).orElse(null),
                state.map(MailboxState::lastError).orElse(null),
                state.map(MailboxState::lastErrorAt).orElse(null),
                counts(now.minus(Duration.ofDays(1))),
                counts(now.minus(Duration.ofDays(7))),
                quarantine.countByState(QuarantinedMail.State.HELD));
    }

    private Map<InboundOutcome, Long> counts(Instant since) {
        Map<InboundOutcome, Long> counts = new EnumMap<>(InboundOutcome.class);
        for (InboundOutcome outcome : InboundOutcome.values()) {
            counts.put(outcome, 0L);
        }
        for (Object[] row : messages.countByOutcomeSince(since)) {
            counts.put((InboundOutcome) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The messages held in the quarantine, newest first, a page at a time. */
    public List<HeldMail> quarantine(int offset, int limit) {
        return pages
                .read(
                        QuarantinedMail.class,
                        PageReader.equalIfChosen("state", QuarantinedMail.State.HELD),
                        NEWEST_FIRST,
                        offset,
                        limit)
                .stream()
                .map(MailboxAdministration::summary)
                .toList();
    }

    /** A held message's bytes as they arrived, to open in a mail program ({@code .eml}). */
    public byte[] eml(long id) {
        return held(id).eml();
    }

    /**
     * Takes a held message in again, as the reader would have: after a fix, or once its sender's limit has passed.
     * Recorded.
     *
     * @return what it became; {@link InboundOutcome#QUARANTINED} when it failed again (the new reason is kept)
     * @throws InvalidInputException when it is no longer held, or was too large to keep whole
     */
    @Transactional
    public InboundOutcome retry(long id) {
        QuarantinedMail held = held(id);
        if (held.reason() == UnreadableMailException.Reason.TOO_LARGE) {
            throw new InvalidInputException("mailbox", "mailbox.tooLargeToRetry");
        }
        InboundOutcome outcome = processor.retry(held);
        publisher.publishEvent(new AdministrativeChange(Action.MAILBOX_RETRIED, Target.QUARANTINED_MAIL.of(id)));
        return outcome;
    }

    /** Discards a held message: its bytes go, the record that it came stays. Recorded. */
    @Transactional
    public void discard(long id) {
        held(id).discarded();
        publisher.publishEvent(new AdministrativeChange(Action.MAILBOX_DISCARDED, Target.QUARANTINED_MAIL.of(id)));
    }

    /** Ends the reader's wait: it looks for new mail now. */
    public void checkNow() {
        reader.wake();
    }

    private QuarantinedMail held(long id) {
        return quarantine
                .findById(id)
                .filter(mail -> mail.state() == QuarantinedMail.State.HELD)
                .orElseThrow(() -> new InvalidInputException("mailbox", "mailbox.notHeld"));
    }

    private static HeldMail summary(QuarantinedMail mail) {
        return new HeldMail(
                mail.id(),
                mail.quarantinedAt(),
                mail.fromAddress(),
                mail.subject(),
                mail.reason().name(),
                mail.detail(),
                mail.size(),
                mail.attempts());
    }

    /** What the mailbox page shows. */
    public record MailboxOverview(
            boolean configured,
            String host,
            String username,
            String folder,
            MailboxStatus reader,
            @Nullable String holder,
            @Nullable Instant lastPollAt,
            @Nullable String lastError,
            @Nullable Instant lastErrorAt,
            Map<InboundOutcome, Long> lastDay,
            Map<InboundOutcome, Long> lastWeek,
            long held) {}

    /**
     * A message in the quarantine.
     *
     * @param reason why it is held: {@code BROKEN_MIME}, {@code UNKNOWN_CHARSET}, {@code TOO_LARGE},
     *     {@code RATE_LIMITED} or {@code PROCESSING_ERROR}
     */
    public record HeldMail(
            long id,
            Instant quarantinedAt,
            @Nullable String from,
            @Nullable String subject,
            String reason,
            @Nullable String detail,
            long size,
            int attempts) {}
}
