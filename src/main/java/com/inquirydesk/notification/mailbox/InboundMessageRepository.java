package com.inquirydesk.notification.mailbox;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

    boolean existsByMailboxAndMessageKey(String mailbox, String messageKey);

    /** Which of these UIDs of a mailbox were taken in: after a crash, those are flagged as read once more. */
    @Query("""
            select m.uid from InboundMessage m
            where m.mailbox = :mailbox and m.uidValidity = :uidValidity and m.uid in :uids
            """)
    List<Long> findTakenUids(
            @Param("mailbox") String mailbox, @Param("uidValidity") long uidValidity, @Param("uids") List<Long> uids);

    /** The inquiries whose mails carry one of these Message-IDs. */
    @Query("select m.inquiryId from InboundMessage m where m.messageId in :messageIds and m.inquiryId is not null")
    List<Long> findInquiryIdsByMessageIdIn(@Param("messageIds") List<String> messageIds);

    /** How many messages became what since a time, for the mailbox page: outcome and count. */
    @Query("""
            select m.outcome, count(m) from InboundMessage m where m.processedAt >= :since group by m.outcome
            """)
    List<Object[]> countByOutcomeSince(@Param("since") Instant since);
}
