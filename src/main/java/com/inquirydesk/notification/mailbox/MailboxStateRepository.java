package com.inquirydesk.notification.mailbox;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The lease and the checkpoint of a mailbox. Every change is one conditional update, so that of two instances
 * exactly one holds the mailbox, and one that lost it can move its checkpoint no more.
 */
interface MailboxStateRepository extends JpaRepository<MailboxState, String> {

    /** Takes the mailbox when it is free, its lease ran out, or this holder has it already (a renewal). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MailboxState s set s.holder = :holder, s.heldUntil = :until, s.version = s.version + 1
            where s.mailbox = :mailbox and (s.holder = :holder or s.holder is null or s.heldUntil < :now)
            """)
    int claim(
            @Param("mailbox") String mailbox,
            @Param("holder") String holder,
            @Param("now") Instant now,
            @Param("until") Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MailboxState s set s.holder = null, s.heldUntil = null, s.version = s.version + 1
            where s.mailbox = :mailbox and s.holder = :holder
            """)
    int release(@Param("mailbox") String mailbox, @Param("holder") String holder);

    /**
     * Moves the checkpoint past a message, in the transaction that took it in, only while this holder holds the
     * mailbox under this UIDVALIDITY: a holder that lost its lease rolls back instead.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MailboxState s set s.lastUid = :uid, s.lastPollAt = :now, s.version = s.version + 1
            where s.mailbox = :mailbox and s.holder = :holder and s.uidValidity = :uidValidity and s.lastUid < :uid
            """)
    int advance(
            @Param("mailbox") String mailbox,
            @Param("holder") String holder,
            @Param("uidValidity") long uidValidity,
            @Param("uid") long uid,
            @Param("now") Instant now);

    /** The folder was rebuilt (a new UIDVALIDITY): its UIDs start over, and its messages dedupe by their keys. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MailboxState s set s.uidValidity = :uidValidity, s.lastUid = :lastUid, s.version = s.version + 1
            where s.mailbox = :mailbox and s.holder = :holder
            """)
    int restart(
            @Param("mailbox") String mailbox,
            @Param("holder") String holder,
            @Param("uidValidity") long uidValidity,
            @Param("lastUid") long lastUid);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MailboxState s set s.lastPollAt = :now, s.lastError = null, s.lastErrorAt = null,
                s.version = s.version + 1
            where s.mailbox = :mailbox and s.holder = :holder
            """)
    int polled(@Param("mailbox") String mailbox, @Param("holder") String holder, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update MailboxState s set s.lastError = :error, s.lastErrorAt = :now, s.version = s.version + 1
            where s.mailbox = :mailbox
            """)
    int failed(@Param("mailbox") String mailbox, @Param("error") String error, @Param("now") Instant now);
}
