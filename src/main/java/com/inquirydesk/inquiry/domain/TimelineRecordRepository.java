package com.inquirydesk.inquiry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRecordRepository extends JpaRepository<TimelineRecord, Long> {

    List<TimelineRecord> findByInquiryIdOrderByOccurredAtAscIdAsc(long inquiryId);

    Optional<TimelineRecord> findFirstByInquiryIdAndActorIsNotNullOrderByOccurredAtDescIdDesc(long inquiryId);
}
