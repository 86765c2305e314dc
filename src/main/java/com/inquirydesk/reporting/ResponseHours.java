package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.FirstResponse;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Times to first response, kept as counts per whole minute ({@link FirstResponse}), and their percentiles in
 * hours ({@link FirstResponse#percentileHours}): how the monthly summary
 * computes them. Memory grows with the distinct minutes, not with the answers.
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
        return FirstResponse.percentileHours(p, size, this::minutesAt);
    }

    /** The minutes at this rank (from 0) of the sorted answers. */
    private int minutesAt(long rank) {
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
