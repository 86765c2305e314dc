package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.FirstResponse;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Times to first response, kept as counts per whole minute ({@link FirstResponse}), and their percentiles in
 * hours by linear interpolation ({@code percentile_cont}): the one way the dashboard and the summary compute
 * them. Memory grows with the distinct minutes, not with the answers.
 */
final class ResponseHours {

    private final NavigableMap<Integer, Long> countsPerMinute = new TreeMap<>();
    private long size;

    void add(int minutes, long count) {
        countsPerMinute.merge(minutes, count, Long::sum);
        size += count;
    }

    /** The p-th percentile (0–100) in hours; NaN when there is no answer. */
    double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (size - 1);
        long lower = minutesAt((long) Math.floor(rank));
        long upper = minutesAt((long) Math.ceil(rank));
        return FirstResponse.hours(lower) + (rank - Math.floor(rank)) * FirstResponse.hours(upper - lower);
    }

    /** The minutes at this rank (from 0) of the sorted answers. */
    private long minutesAt(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : countsPerMinute.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + seen);
    }
}
