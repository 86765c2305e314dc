package com.inquirydesk.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

    /** Mails due now: pending ones whose time has come, and claimed ones whose dispatcher's lease ran out. */
    @Query("""
            select m.id from OutboundMail m
            where (m.state = com.inquirydesk.notification.MailState.PENDING and m.nextAttemptAt <= :now)
               or (m.state = com.inquirydesk.notification.MailState.SENDING and m.claimedUntil < :now)
            order by m.nextAttemptAt
            """)
    List<Long> findDue(@Param("now") Instant now, Limit limit);

    /**
     * Claims a due mail for one dispatcher. The condition is checked again inside the update, so of several
     * dispatchers racing for the same mail exactly one changes the row.
     *
     * @return 1 when this dispatcher owns the mail now, 0 when another was first
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = com.inquirydesk.notification.MailState.SENDING, m.claimedBy = :owner,
                m.claimedUntil = :until, m.attempts = m.attempts + 1, m.version = m.version + 1
            where m.id = :id
              and ((m.state = com.inquirydesk.notification.MailState.PENDING and m.nextAttemptAt <= :now)
                or (m.state = com.inquirydesk.notification.MailState.SENDING and m.claimedUntil < :now))
            """)
    int claim(
            @Param("id") long id,
            @Param("owner") String owner,
            @Param("now") Instant now,
            @Param("until") Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = com.inquirydesk.notification.MailState.SENT, m.sentAt = :now, m.claimedBy = null,
                m.claimedUntil = null, m.lastError = null, m.version = m.version + 1
            where m.id = :id and m.claimedBy = :owner
            """)
    int markSent(@Param("id") long id, @Param("owner") String owner, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = :state, m.nextAttemptAt = :next, m.lastError = :error, m.claimedBy = null,
                m.claimedUntil = null, m.version = m.version + 1
            where m.id = :id and m.claimedBy = :owner
            """)
    int markAttemptFailed(
            @Param("id") long id,
            @Param("owner") String owner,
            @Param("state") MailState state,
            @Param("next") Instant next,
            @Param("error") String error);

    List<OutboundMail> findByInquiryIdOrderByCreatedAtAscIdAsc(long inquiryId);

    /** The Message-IDs of the mails the client got about an inquiry, with when each was written, oldest first. */
    @Query("""
            select m.messageId, m.createdAt from OutboundMail m
            where m.inquiryId = :inquiryId
              and m.kind in (com.inquirydesk.notification.MailKind.ACKNOWLEDGEMENT,
                             com.inquirydesk.notification.MailKind.REPLY)
            order by m.createdAt, m.id
            """)
    List<Object[]> findClientMessageIds(@Param("inquiryId") long inquiryId);

    /**
     * The Message-IDs of the client's own mails about an inquiry, with when each was taken in (by the app's clock,
     * as the outbox's own times are: the mail server's clock may differ).
     */
    @Query("""
            select i.messageId, i.processedAt from InboundMessage i
            where i.inquiryId = :inquiryId and i.messageId is not null
              and i.outcome in (com.inquirydesk.notification.mailbox.InboundOutcome.INQUIRY,
                                com.inquirydesk.notification.mailbox.InboundOutcome.REPLY)
            """)
    List<Object[]> findInboundMessageIds(@Param("inquiryId") long inquiryId);

    /** The ids of the mails that carry one of these Message-IDs: how a client's answer finds its inquiry. */
    @Query("select m.inquiryId from OutboundMail m where m.messageId in :messageIds and m.inquiryId is not null")
    List<Long> findInquiryIdsByMessageIdIn(@Param("messageIds") List<String> messageIds);

    Optional<OutboundMail> findByMessageId(String messageId);

    /** A sent mail came back as undeliverable: it says so in the outbox, with the returning server's reason. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = com.inquirydesk.notification.MailState.BOUNCED, m.bouncedAt = :now, m.lastError = :reason,
                m.version = m.version + 1
            where m.id = :id and m.state <> com.inquirydesk.notification.MailState.BOUNCED
            """)
    int markBounced(@Param("id") long id, @Param("now") Instant now, @Param("reason") String reason);

    /** The mails of a kind written since a time, oldest first: to start the caps on acknowledgements. */
    List<AcknowledgementCaps.AcknowledgementSent> findByKindAndCreatedAtAfterOrderByCreatedAtAsc(
            MailKind kind, Instant since);

    long countByStateIn(List<MailState> states);

    /** An administrator sends a failed mail again: a fresh set of attempts, due now. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = com.inquirydesk.notification.MailState.PENDING, m.attempts = 0, m.nextAttemptAt = :now,
                m.version = m.version + 1
            where m.id = :id and m.state = com.inquirydesk.notification.MailState.FAILED
            """)
    int resend(@Param("id") long id, @Param("now") Instant now);

    /** An administrator has a waiting mail tried now rather than after its pause; its attempts so far stay counted. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.nextAttemptAt = :now, m.version = m.version + 1
            where m.id = :id and m.state = com.inquirydesk.notification.MailState.PENDING
            """)
    int sendNow(@Param("id") long id, @Param("now") Instant now);

    /** An administrator cancels a mail that is waiting; one being sent at this moment cannot be stopped. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = com.inquirydesk.notification.MailState.CANCELLED, m.version = m.version + 1
            where m.id = :id and m.state = com.inquirydesk.notification.MailState.PENDING
            """)
    int cancel(@Param("id") long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundMail m
            set m.state = com.inquirydesk.notification.MailState.PENDING, m.claimedBy = null, m.claimedUntil = null,
                m.nextAttemptAt = :now, m.version = m.version + 1
            where m.state = com.inquirydesk.notification.MailState.SENDING and m.claimedBy = :owner
            """)
    int releaseClaims(@Param("owner") String owner, @Param("now") Instant now);
}
