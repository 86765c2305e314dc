package com.inquirydesk.inquiry.search;

import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.TextSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * The search on PostgreSQL: {@code inquiry_search_text(…) like '%text%'}, which the trigram index of migration
 * {@code db/vendor/postgresql/V17} serves; a text of one or two characters, which has no trigram, is looked up in
 * that migration's index of single characters and pairs first ({@code inquiry_has_short_text}). That function joins the fields with a separator, so the one {@code like}
 * finds what {@link TextSearch#anyFieldContains} finds; a text holding the separator itself is searched field by
 * field.
 */
final class PostgresTextSearch implements TextSearch {

    @Override
    public Predicate contains(String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        if (lowered.indexOf(GramIndex.SEPARATOR) >= 0) {
            return TextSearch.anyFieldContains(lowered, cb, inquiry);
        }
        Expression<String> text = cb.function("inquiry_search_text", String.class, fields(inquiry));
        Predicate like = cb.like(text, TextSearch.likePattern(lowered), '\\');
        if (lowered.length() > 2) {
            return like;
        }
        List<Expression<?>> arguments = new ArrayList<>(List.of(fields(inquiry)));
        arguments.add(cb.literal(lowered));
        Expression<Boolean> shortText =
                cb.function("inquiry_has_short_text", Boolean.class, arguments.toArray(Expression[]::new));
        return cb.and(cb.isTrue(shortText), like);
    }

    private static Expression<?>[] fields(Root<Inquiry> inquiry) {
        return FIELDS.stream().map(inquiry::get).toArray(Expression[]::new);
    }

    @Override
    public long waiting() {
        return 0;
    }
}
