package com.inquirydesk.notification;

import static com.inquirydesk.base.PageReader.equalIfChosen;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.PageReader;
import com.inquirydesk.staff.Role;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as administrators see it: every mail with its recipients, attempts, next attempt and last
 * error, and each mail as it is sent; a failed or waiting mail can be retried now and a waiting one cancelled,
 * and both are recorded.
 */
@Service
@Secured(Role.ADMIN_AUTHORITY)
@Transactional(readOnly = true)
public class OutboxAdministration {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OutboundMailRepository mails;
    private final MailOutbox outbox;
    private final PageReader pages;
    private final ApplicationEventPublisher publisher;
    private final boolean smtpConfigured;

    OutboxAdministration(
            OutboundMailRepository mails,
            MailOutbox outbox,
            PageReader pages,
            ApplicationEventPublisher publisher,
            MailDispatcher dispatcher) {
        this.mails = mails;
        this.outbox = outbox;
        this.pages = pages;
        this.publisher = publisher;
        this.smtpConfigured = dispatcher.smtpConfigured();
    }

    /** Whether an SMTP server is configured; without one every mail waits in the outbox. */
    public boolean smtpConfigured() {
        return smtpConfigured;
    }

    /** One mail with its headers and bodies, as it is sent; empty when there is no such mail. */
    public Optional<MailDetails> details(long id) {
        return outbox.details(id);
    }

    /**
     * A page of mails, newest first. Each filter has an index that ends in created_at (state; first
     * recipient), so a page costs the same at any size of the outbox.
     */
    public List<MailSummary> newestFirst(OutboxFilter filter, int offset, int limit) {
        Specification<OutboundMail> where = Specification.allOf(
                equalIfChosen("state", filter.state()),
                equalIfChosen("primaryRecipient", normalized(filter.recipient())));
        return pages.read(OutboundMail.class, where, NEWEST_FIRST, offset, limit).stream()
                .map(OutboundMail::toSummary)
                .toList();
    }

    /** The address as mails store it, so that one typed with capitals or spaces still finds them. */
    private static @Nullable String normalized(@Nullable String recipient) {
        return recipient == null ? null : EmailAddresses.normalize(recipient).orElse(recipient.strip());
    }

    /**
     * Tries a mail again now: a failed one with a fresh set of attempts, a waiting one without waiting out its
     * pause. Recorded as sent again.
     *
     * @throws InvalidInputException when the mail is neither failed nor waiting (it was sent or cancelled meanwhile)
     */
    @Transactional
    public void retry(long id) {
        if (!outbox.resend(id) && !outbox.sendNow(id)) {
            throw new InvalidInputException("state", "outbox.notRetryable");
        }
        publisher.publishEvent(new AdministrativeChange(Action.OUTBOX_RESENT, target(id)));
    }

    /**
     * Cancels a waiting mail.
     *
     * @throws InvalidInputException when the mail is not waiting any more (it is being sent, or was sent)
     */
    @Transactional
    public void cancel(long id) {
        if (mails.cancel(id) != 1) {
            throw new InvalidInputException("state", "outbox.notPending");
        }
        publisher.publishEvent(new AdministrativeChange(Action.OUTBOX_CANCELLED, target(id)));
    }

    private static String target(long id) {
        return Target.MAIL.of(id);
    }
}
