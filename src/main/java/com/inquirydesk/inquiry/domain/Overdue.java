package com.inquirydesk.inquiry.domain;

import com.inquirydesk.inquiry.InquiryStatus;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The one rule for overdue: an inquiry still {@code NEW} when the response time ({@code inquiry.triage.sla})
 * has passed since it was received. The grid's filter, its rows and the detail view all ask here.
 */
@Component
public class Overdue {

    private final TriageProperties triage;
    private final Clock clock;

    Overdue(TriageProperties triage, Clock clock) {
        this.triage = triage;
        this.clock = clock;
    }

    /** Inquiries received before this instant and still new are overdue now. */
    public Instant receivedBefore() {
        return clock.instant().minus(triage.sla());
    }

    /** Whether an inquiry in this status, received then, is overdue, given {@link #receivedBefore()}. */
    public static boolean is(InquiryStatus status, Instant receivedAt, Instant receivedBefore) {
        return status == InquiryStatus.NEW && receivedAt.isBefore(receivedBefore);
    }
}
