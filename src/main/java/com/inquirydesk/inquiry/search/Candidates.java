package com.inquirydesk.inquiry.search;

import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.TextSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.Optional;

/** The inquiries an index names for a search, handed to the query as ids for its {@code like} to check. */
final class Candidates {

    /**
     * At most this many go into the query as ids. More means the text is common, and the grid's {@code like}
     * meets its page's rows soon enough without them.
     */
    static final int MAX = 1_000;

    private Candidates() {}

    /** The search's condition: the {@code like} on the candidates, or on every inquiry when there were too many. */
    static Predicate narrowed(
            Optional<? extends Collection<Long>> ids, String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        Predicate like = TextSearch.anyFieldContains(lowered, cb, inquiry);
        return ids.map(found -> found.isEmpty()
                        ? cb.disjunction()
                        : cb.and(inquiry.get("id").in(found), like))
                .orElse(like);
    }
}
