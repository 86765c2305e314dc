package com.inquirydesk.inquiry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<InquiryAttachment, Long> {

    List<InquiryAttachment> findByInquiryIdOrderByIdAsc(long inquiryId);
}
