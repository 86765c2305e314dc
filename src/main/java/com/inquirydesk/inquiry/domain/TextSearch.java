package com.inquirydesk.inquiry.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;

/**
 * The free-text condition of a search, served by a text index: without one, {@code like '%…%'} reads every
 * inquiry when few or none match. Whatever the index, an inquiry matches when one of its {@link #FIELDS} contains
 * the text, ignoring case, exactly as {@link #anyFieldContains} says: the index only narrows the rows that this
 * condition checks, so results and their order do not depend on it.
 */
public interface TextSearch {

    /** The columns a search looks in, by their entity attribute names. */
    List<String> FIELDS = List.of("reference", "contactName", "company", "email", "subject", "message");

    /**
     * The condition that one of the inquiry's {@link #FIELDS} contains {@code lowered} (the searched text, already
     * lower case, not empty).
     */
    Predicate contains(String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry);

    /** How many changed inquiries wait to be indexed; 0 where the database keeps its index in step itself. */
    long waiting();

    /** The condition without an index: {@code lower(field) like '%text%'} on each field, joined with {@code or}. */
    static Predicate anyFieldContains(String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        String pattern = likePattern(lowered);
        return cb.or(FIELDS.stream()
                .map(field -> cb.like(cb.lower(inquiry.get(field)), pattern, '\\'))
                .toArray(Predicate[]::new));
    }

    /** {@code %text%} with the text's own {@code %}, {@code _} and {@code \} escaped by {@code \}. */
    static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
