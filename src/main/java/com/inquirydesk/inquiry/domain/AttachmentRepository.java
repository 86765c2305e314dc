package com.inquirydesk.inquiry.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<InquiryAttachment, Long> {

    List<InquiryAttachment> findByInquiryIdOrderByIdAsc(long inquiryId);
}
