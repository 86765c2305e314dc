package com.inquirydesk.inquiry.triage;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.AttachmentInfo;
import com.inquirydesk.inquiry.domain.Inquiry;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the detail view shows of one inquiry.
 *
 * @param suspectedSpam the spam signal(s) that flag it as suspected spam, or null
 * @param contactId the client's contact; null once the client's data was erased
 */
public record InquiryDetails(
        long id,
        long version,
        String reference,
        Instant receivedAt,
        InquiryStatus status,
        Priority priority,
        long productLineId,
        Language language,
        String contactName,
        @Nullable String company,
        String email,
        @Nullable String phone,
        @Nullable String country,
        String subject,
        String message,
        @Nullable Long assigneeId,
        @Nullable Instant firstResponseAt,
        @Nullable Instant closedAt,
        InquirySource source,
        boolean spam,
        @Nullable String suspectedSpam,
        @Nullable String duplicateOf,
        String consentVersion,
        @Nullable String consentNote,
        Instant consentAt,
        boolean overdue,
        List<TimelineEntry> timeline,
        List<AttachmentInfo> attachments,
        List<InquiryRow> earlierFromSameEmail,
        @Nullable Long contactId) {

    static InquiryDetails of(
            Inquiry inquiry,
            @Nullable String duplicateOf,
            boolean overdue,
            List<TimelineEntry> timeline,
            List<AttachmentInfo> attachments,
            List<InquiryRow> earlierFromSameEmail) {
        return new InquiryDetails(
                inquiry.id(),
                inquiry.version(),
                inquiry.reference(),
                inquiry.receivedAt(),
                inquiry.status(),
                inquiry.priority(),
                inquiry.productLineId(),
                inquiry.language(),
                inquiry.contactName(),
                inquiry.company(),
                inquiry.email(),
                inquiry.phone(),
                inquiry.country(),
                inquiry.subject(),
                inquiry.message(),
                inquiry.assigneeId(),
                inquiry.firstResponseAt(),
                inquiry.closedAt(),
                inquiry.source(),
                inquiry.isSpam(),
                inquiry.suspectedSpam(),
                duplicateOf,
                inquiry.consentVersion(),
                inquiry.consentNote(),
                inquiry.consentAt(),
                overdue,
                timeline,
                attachments,
                earlierFromSameEmail,
                inquiry.contactId());
    }
}
