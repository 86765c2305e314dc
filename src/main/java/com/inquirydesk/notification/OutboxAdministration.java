package com.inquirydesk.notification;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.staff.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as administrators see it: every mail with its recipients, attempts, next attempt and last
 * error; a failed mail can be sent again and a waiting one cancelled, and both are recorded.
 */
@Service
@Secured(Role.ADMIN_AUTHORITY)
@Transactional(readOnly = true)
public class OutboxAdministration {

    private final OutboundMailRepository mails;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    OutboxAdministration(
            OutboundMailRepository mails,
            EntityManager entityManager,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.mails = mails;
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A page of mails, newest first. Each filter has an index that ends in created_at (state; first
     * recipient), so a page costs the same at any size of the outbox.
     */
    public List<MailSummary> newestFirst(OutboxFilter filter, int offset, int limit) {
        var jpql = new StringBuilder("select m from OutboundMail m where 1 = 1");
        if (filter.state() != null) {
            jpql.append(" and m.state = :state");
        }
        if (filter.recipient() != null) {
            jpql.append(" and m.primaryRecipient = :recipient");
        }
        var query = entityManager
                .createQuery(
                        jpql.append(" order by m.createdAt desc, m.id desc").toString(), OutboundMail.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.recipient() != null) {
            String recipient = filter.recipient();
            query.setParameter("recipient", EmailAddresses.normalize(recipient).orElse(recipient.strip()));
        }
        return query.getResultStream().map(OutboundMail::toSummary).toList();
    }

    /**
     * Sends a failed mail again, with a fresh set of attempts.
     *
     * @throws InvalidInputException when the mail is no longer failed (someone else resent it)
     */
    @Transactional
    public void resend(long id) {
        if (mails.resend(id, clock.instant()) != 1) {
            throw new InvalidInputException("state", "outbox.notFailed");
        }
        publisher.publishEvent(new AdministrativeChange("outbox.resent", target(id), ""));
        publisher.publishEvent(new MailRequeued(id));
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
        publisher.publishEvent(new AdministrativeChange("outbox.cancelled", target(id), ""));
    }

    private static String target(long id) {
        return "mail:" + id;
    }
}
