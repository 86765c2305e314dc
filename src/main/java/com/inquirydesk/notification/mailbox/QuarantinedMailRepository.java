package com.inquirydesk.notification.mailbox;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantinedMailRepository extends JpaRepository<QuarantinedMail, Long> {

    /** The messages held, newest first, a page at a time. */
    List<QuarantinedMail> findByStateOrderByQuarantinedAtDescIdDesc(QuarantinedMail.State state, Pageable page);

    long countByState(QuarantinedMail.State state);
}
