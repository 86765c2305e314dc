package com.inquirydesk.inquiry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryEventRepository extends JpaRepository<InquiryEvent, Long> {

    List<InquiryEvent> findByInquiryIdOrderByOccurredAtAscIdAsc(long inquiryId);

    Optional<InquiryEvent> findFirstByInquiryIdAndActorIsNotNullOrderByOccurredAtDescIdDesc(long inquiryId);
}
