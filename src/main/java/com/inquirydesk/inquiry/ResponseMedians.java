package com.inquirydesk.inquiry;

import java.util.Map;

/**
 * The median time to first response ({@link FirstResponse}) of a span's answered inquiries, in hours.
 *
 * @param overallHours over every product line; NaN when none was answered
 * @param hoursByProductLine per product line with answers
 */
public record ResponseMedians(double overallHours, Map<Long, Double> hoursByProductLine) {

    public ResponseMedians {
        hoursByProductLine = Map.copyOf(hoursByProductLine);
    }
}
