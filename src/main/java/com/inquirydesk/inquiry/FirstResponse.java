package com.inquirydesk.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongToIntFunction;

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

    /**
     * The p-th percentile (0–100) in hours of {@code size} answers, by linear interpolation between the two answers
     * nearest its rank ({@code percentile_cont}); NaN when there is none.
     *
     * @param minutesAt the minutes of the answer at a rank (from 0) of the answers sorted
     */
    public static double percentileHours(double p, long size, LongToIntFunction minutesAt) {
        if (size == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (size - 1);
        long lower = minutesAt.applyAsInt((long) Math.floor(rank));
        long upper = minutesAt.applyAsInt((long) Math.ceil(rank));
        return hours(lower) + (rank - Math.floor(rank)) * hours(upper - lower);
    }

    /** Minutes to first response in hours. */
    public static double hours(long minutes) {
        return minutes / 60.0;
    }
}
