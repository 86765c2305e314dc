package com.inquirydesk.notification.mailbox;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantinedMailRepository extends JpaRepository<QuarantinedMail, Long> {

    long countByState(QuarantinedMail.State state);
}
