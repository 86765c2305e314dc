package com.inquirydesk.inquiry;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mails sent about an inquiry, for its timeline. The notification module provides it; the inquiry module
 * only knows this interface, so the two modules do not depend on each other in a circle.
 */
public interface InquiryMailLog {

    List<MailEntry> mailsOf(long inquiryId);

    /** One mail as the timeline shows it. */
    record MailEntry(
            Instant createdAt,
            String kind,
            List<String> to,
            String subject,
            String state,
            int attempts,
            @Nullable Instant sentAt,
            @Nullable String lastError) {}
}
