package com.inquirydesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: mails are added in the transaction of whatever causes them and taken out one by one by
 * dispatchers, each claim a short transaction of its own. Whenever a mail becomes due now it publishes
 * {@link MailQueued}, so that delivery needs to know only the outbox, never the business events behind a mail.
 */
@Service
public class MailOutbox {

    private static final List<MailState> BACKLOG = List.of(MailState.PENDING, MailState.SENDING);

    private final OutboundMailRepository mails;
    private final MailProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MailOutbox(
            OutboundMailRepository mails, MailProperties properties, ApplicationEventPublisher publisher, Clock clock) {
        this.mails = mails;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Adds a mail; joins the caller's transaction, so the mail exists exactly when its cause does. */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(OutboundMail mail) {
        publisher.publishEvent(new MailQueued(mails.save(mail).id()));
    }

    /**
     * Makes a failed mail due now with a fresh set of attempts.
     *
     * @return false when the mail is not failed (any more)
     */
    @Transactional
    boolean resend(long id) {
        if (mails.resend(id, clock.instant()) != 1) {
            return false;
        }
        publisher.publishEvent(new MailQueued(id));
        return true;
    }

    /**
     * Makes a waiting mail due now, instead of after the pause that follows a failed attempt.
     *
     * @return false when the mail is not waiting (any more)
     */
    @Transactional
    boolean sendNow(long id) {
        if (mails.sendNow(id, clock.instant()) != 1) {
            return false;
        }
        publisher.publishEvent(new MailQueued(id));
        return true;
    }

    /** The mail as it is sent, headers and bodies; empty when there is no such mail. */
    @Transactional(readOnly = true)
    Optional<MailDetails> details(long id) {
        return mails.findById(id).map(mail -> mail.toDetails(properties.from()));
    }

    /** The mails of one inquiry, oldest first: for its timeline. */
    @Transactional(readOnly = true)
    public List<MailSummary> mailsOf(long inquiryId) {
        return mails.findByInquiryIdOrderByCreatedAtAscIdAsc(inquiryId).stream()
                .map(OutboundMail::toSummary)
                .toList();
    }

    /** Mails waiting to be sent or being sent now. */
    @Transactional(readOnly = true)
    public long backlog() {
        return mails.countByStateIn(BACKLOG);
    }

    /** Mails given up after their last attempt, waiting for an administrator. */
    @Transactional(readOnly = true)
    public long failed() {
        return mails.countByStateIn(List.of(MailState.FAILED));
    }

    @Transactional(readOnly = true)
    List<Long> due() {
        return mails.findDue(clock.instant(), Limit.of(properties.batchSize()));
    }

    /** Claims a due mail for a dispatcher; empty when another dispatcher was first or it is no longer due. */
    @Transactional
    Optional<OutboundMail> claim(long id, String owner) {
        Instant now = clock.instant();
        if (mails.claim(id, owner, now, now.plus(properties.lease())) != 1) {
            return Optional.empty();
        }
        return mails.findById(id);
    }

    /** After a restart: the mails this dispatcher was sending when it stopped are due again at once. */
    @Transactional
    int releaseClaimsOf(String owner) {
        return mails.releaseClaims(owner, clock.instant());
    }

    @Transactional
    boolean markSent(long id, String owner) {
        return mails.markSent(id, owner, clock.instant()) == 1;
    }

    /**
     * Records a failed attempt: the mail is due again after the backoff, or failed for good after the last
     * allowed attempt.
     *
     * @return the state the mail is in now
     */
    @Transactional
    MailState markAttemptFailed(OutboundMail mail, String owner, String error) {
        boolean lastAttempt = mail.attempts() >= properties.maxAttempts();
        MailState state = lastAttempt ? MailState.FAILED : MailState.PENDING;
        Instant next = clock.instant().plus(properties.backoffAfter(mail.attempts()));
        mails.markAttemptFailed(mail.id(), owner, state, next, trimmed(error));
        return state;
    }

    /**
     * A bounce returned one of our mails: it is marked as bounced, with the returning server's reason. The mail is
     * found by its outbox id when the returned headers carry it and its Message-ID agrees, else by its Message-ID.
     * Joins the mailbox reader's transaction.
     *
     * @return the id of the bounced mail; empty when the bounce names no mail of ours
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> bounced(@Nullable Long outboundMailId, @Nullable String messageId, String reason) {
        Optional<OutboundMail> mail = outboundMailId == null ? Optional.empty() : mails.findById(outboundMailId);
        if (mail.isPresent()
                && messageId != null
                && !mail.get().thread().messageId().equals(messageId)) {
            mail = Optional.empty();
        }
        if (mail.isEmpty() && messageId != null) {
            mail = mails.findByMessageId(messageId);
        }
        mail.ifPresent(found -> mails.markBounced(found.id(), clock.instant(), trimmed(reason)));
        return mail.map(OutboundMail::id);
    }

    /** The inquiry a mail of ours with this Message-ID was about, for a client's answer that names it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> inquiryOfMessageId(String messageId) {
        return mails.findInquiryIdsByMessageIdIn(List.of(messageId)).stream().findFirst();
    }

    private static String trimmed(String error) {
        return error.length() > OutboundMail.ERROR_MAX_LENGTH
                ? error.substring(0, OutboundMail.ERROR_MAX_LENGTH)
                : error;
    }
}
