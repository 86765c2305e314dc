package com.inquirydesk.inquiry;

import java.time.Duration;
import java.time.Instant;

/**
 * The one rule for the time to first response, used by every figure that shows it (the dashboard, the monthly
 * summary, the export): whole minutes from receipt to the first reply or status change, rounded down, as stored
 * with the inquiry. Counting whole minutes lets the database group answers per minute over an index, and two
 * reports of the same month always agree.
 */
public final class FirstResponse {

    private FirstResponse() {}

    /** Whole minutes from receipt to first response, rounded down. */
    public static int minutes(Instant receivedAt, Instant respondedAt) {
        return Math.toIntExact(
                Math.floorDiv(Duration.between(receivedAt, respondedAt).toSeconds(), 60));
    }

    /** Minutes to first response in hours. */
    public static double hours(long minutes) {
        return minutes / 60.0;
    }
}
