package com.inquirydesk.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * Reads the page of entities a lazy grid asks for, by its offset and limit, filtered by a {@link Specification}.
 * It counts nothing and fetches no row more than asked: Spring Data's {@code Page} would count every matching row
 * on each scroll, and its {@code Slice} reads one row beyond the page (and overflows on a grid's request for all).
 */
@Component
public class PageReader {

    private final EntityManager entityManager;

    PageReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The matching rows from {@code offset} on, at most {@code limit}, in {@code order}; the order should end in
     * the id, so that rows with equal values keep their places from one page to the next.
     */
    public <T> List<T> read(Class<T> type, Specification<T> where, Sort order, int offset, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = builder.createQuery(type);
        Root<T> root = query.from(type);
        @Nullable Predicate predicate = where.toPredicate(root, query, builder);
        if (predicate != null) {
            query.where(predicate);
        }
        query.select(root).orderBy(QueryUtils.toOrders(order, root, builder));
        return entityManager
                .createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The rows whose {@code attribute} equals {@code value}; every row when no value was chosen. */
    public static <T> Specification<T> equalIfChosen(String attribute, @Nullable Object value) {
        return value == null
                ? Specification.unrestricted()
                : (root, query, builder) -> builder.equal(root.get(attribute), value);
    }
}
