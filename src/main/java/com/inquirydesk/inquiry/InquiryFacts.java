package com.inquirydesk.inquiry;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plain facts about inquiries for statistics: counts and the few fields figures are made of, never a whole
 * inquiry. Reports compute their figures from these; each query is read-only and served by an index.
 */
public interface InquiryFacts {

    /** How many inquiries the filter selects: for dashboard figures, never for scrolling. */
    long count(InquiryFilter filter);

    /** Hands the facts of every inquiry the filter selects to {@code each}, read from a cursor as needed. */
    void forEach(InquiryFilter filter, Consumer<InquiryFact> each);

    /** Inquiries received in {@code [from, to)}, counted per product line and status by the database. */
    Map<Long, Map<InquiryStatus, Long>> countByProductLineAndStatus(Instant from, Instant to);

    /**
     * The median time to first response of the answered inquiries received in {@code [from, to)}, over all product
     * lines and per line, exact to the minute as if every answer were read; spam left out unless included. A spam
     * inquiry moved out of {@code NEW} counts as answered, so a report that leaves spam out says so here.
     */
    ResponseMedians medianResponseHours(Instant from, Instant to, boolean includeSpam);
}
