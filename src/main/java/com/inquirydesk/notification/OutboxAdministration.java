package com.inquirydesk.notification;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.staff.Role;
import jakarta.persistence.EntityManager;
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
    private final MailOutbox outbox;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher publisher;

    OutboxAdministration(
            OutboundMailRepository mails,
            MailOutbox outbox,
            EntityManager entityManager,
            ApplicationEventPublisher publisher) {
        this.mails = mails;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.publisher = publisher;
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
        if (!outbox.resend(id)) {
            throw new InvalidInputException("state", "outbox.notFailed");
        }
        publisher.publishEvent(new AdministrativeChange("outbox.resent", target(id), ""));
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
