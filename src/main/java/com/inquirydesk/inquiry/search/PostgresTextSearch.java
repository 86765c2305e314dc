package com.inquirydesk.inquiry.search;

import com.inquirydesk.base.search.GramIndex;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.TextSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search on PostgreSQL: {@code inquiry_search_text(…) like '%text%'}, which the trigram index of migration
 * {@code db/vendor/postgresql/V17} serves. That function joins the fields with a separator, so the one {@code like}
 * finds what {@link TextSearch#anyFieldContains} finds; a text holding a control character is searched field by
 * field. A text of one or two characters has no trigram: the inquiries holding it are looked up in that
 * migration's index of characters and pairs first, and handed to the query as {@link Candidates}. (As one condition of
 * the grid's query, PostgreSQL would often walk the grid's order and compute every row's condition instead: 1.7 s
 * for a character nobody wrote, at a million inquiries.)
 */
final class PostgresTextSearch implements TextSearch {

    private final JdbcClient jdbc;

    PostgresTextSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Predicate contains(String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        if (!GramIndex.narrowable(lowered)) {
            return TextSearch.anyFieldContains(lowered, cb, inquiry);
        }
        if (lowered.length() > 2) {
            Expression<String> text = cb.function(
                    "inquiry_search_text",
                    String.class,
                    FIELDS.stream().map(inquiry::get).toArray(Expression[]::new));
            return cb.like(text, TextSearch.likePattern(lowered), '\\');
        }
        List<Long> ids = jdbc.sql("""
                        select id from inquiry
                        where search_grams(
                                inquiry_search_text(reference, contact_name, company, email, subject, message))
                            @> array[cast(? as text)]
                        fetch first ? rows only""")
                .params(lowered, Candidates.MAX + 1)
                .query(Long.class)
                .list();
        return Candidates.narrowed(
                ids.size() > Candidates.MAX ? Optional.empty() : Optional.of(ids), lowered, cb, inquiry);
    }

    @Override
    public long waiting() {
        return 0;
    }
}
