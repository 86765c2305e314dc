package com.inquirydesk.notification;

import java.time.Instant;
import java.util.List;
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

    long countByPrimaryRecipientAndKindAndCreatedAtAfter(String primaryRecipient, MailKind kind, Instant since);

    long countByKindAndCreatedAtAfter(MailKind kind, Instant since);

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
