package com.inquirydesk.inquiry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InquiryEventRepository extends JpaRepository<InquiryEvent, Long> {

    List<InquiryEvent> findByInquiryIdOrderByOccurredAtAscIdAsc(long inquiryId);
}
