package com.inquirydesk.inquiry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientMessageRepository extends JpaRepository<ClientMessage, Long> {

    List<ClientMessage> findByInquiryIdOrderByReceivedAtAscIdAsc(long inquiryId);
}
