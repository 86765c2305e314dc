package com.inquirydesk.inquiry.triage;

import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.domain.Inquiry;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid's sort, the one rule the grid, its pages and the export follow: the chosen columns, then the received
 * time, then the id in the direction of the first column, so every row has one place.
 */
public final class GridOrder {

    private GridOrder() {}

    /** The columns rows are really sorted by: the chosen ones (each once), then the received time; not the id. */
    static List<InquiryOrder> effective(List<InquiryOrder> orders) {
        List<InquiryOrder> sort = new ArrayList<>();
        List<InquirySort> used = new ArrayList<>();
        for (InquiryOrder order : orders.isEmpty() ? List.of(InquiryOrder.NEWEST_FIRST) : orders) {
            if (!used.contains(order.column())) {
                used.add(order.column());
                sort.add(order);
            }
        }
        if (!used.contains(InquirySort.RECEIVED)) {
            sort.add(InquiryOrder.NEWEST_FIRST);
        }
        return sort;
    }

    /** The id breaks ties in the direction of the first column. */
    static boolean idDescending(List<InquiryOrder> sort) {
        return sort.getFirst().column() != InquirySort.RECEIVED
                || sort.getFirst().descending();
    }

    /**
     * The ORDER BY of {@link #effective} and the id. When the received time leads, the columns the filter pins
     * ({@link #pinned}) go first: they change nothing in the result, as each holds one value.
     */
    public static List<Order> orderBy(
            List<InquiryOrder> orders, InquiryFilter filter, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        List<InquiryOrder> sort = effective(orders);
        boolean idDescending = idDescending(sort);
        List<Order> orderBy = new ArrayList<>();
        if (sort.getFirst().column() == InquirySort.RECEIVED) {
            for (String column : pinned(filter)) {
                orderBy.add(direction(inquiry.get(column), idDescending, cb));
            }
        }
        for (InquiryOrder order : sort) {
            orderBy.add(direction(inquiry.get(order.column().property()), order.descending(), cb));
        }
        orderBy.add(direction(inquiry.get("id"), idDescending, cb));
        return orderBy;
    }

    private static Order direction(Expression<?> column, boolean descending, CriteriaBuilder cb) {
        return descending ? cb.desc(column) : cb.asc(column);
    }

    /**
     * The rows after {@code key} in the sort order: (a after k1) or (a = k1 and b after k2) or …, plus a range
     * on the first column alone (a at or after k1), which lets the database start the index scan at the key.
     */
    static List<Predicate> after(
            PageKeys.SortKey key, List<InquiryOrder> sort, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        return beyond(key, sort, true, cb, inquiry);
    }

    /** The rows before {@code key} in the sort order: {@link #after} the other way round. */
    static List<Predicate> before(
            PageKeys.SortKey key, List<InquiryOrder> sort, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        return beyond(key, sort, false, cb, inquiry);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Predicate> beyond(
            PageKeys.SortKey key, List<InquiryOrder> sort, boolean forward, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        List<Expression<? extends Comparable>> columns = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (InquiryOrder order : sort) {
            columns.add(inquiry.get(order.column().property()));
            descending.add(order.descending());
        }
        columns.add(inquiry.get("id"));
        descending.add(idDescending(sort));
        List<Predicate> alternatives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<Predicate> all = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                all.add(cb.equal(columns.get(j), key.values().get(j)));
            }
            Comparable value = (Comparable) key.values().get(i);
            all.add(
                    descending.get(i) == forward
                            ? cb.lessThan(columns.get(i), value)
                            : cb.greaterThan(columns.get(i), value));
            alternatives.add(cb.and(all.toArray(Predicate[]::new)));
        }
        Comparable first = (Comparable) key.values().getFirst();
        Predicate range = descending.getFirst() == forward
                ? cb.lessThanOrEqualTo(columns.getFirst(), first)
                : cb.greaterThanOrEqualTo(columns.getFirst(), first);
        return List.of(range, cb.or(alternatives.toArray(Predicate[]::new)));
    }

    /** The sort values of a row, in the sort's columns, then the id: where the next page starts. */
    static PageKeys.SortKey keyOf(InquiryRow row, List<InquiryOrder> sort) {
        List<Object> values = new ArrayList<>();
        for (InquiryOrder order : sort) {
            values.add(
                    switch (order.column()) {
                        case RECEIVED -> row.receivedAt();
                        case REFERENCE -> row.reference();
                        case STATUS -> row.status();
                        case PRIORITY -> row.priority();
                        case NAME -> row.contactName();
                    });
        }
        values.add(row.id());
        return new PageKeys.SortKey(values);
    }

    /**
     * The columns the filter fixes to a single value, as the index that serves the filter starts with them
     * (migration V7). Put before the received time in the ORDER BY they change nothing in the result, but H2
     * reads a page in index order only when the ORDER BY starts with the index's first column; otherwise it
     * sorts every matching row for each page (2 s for one status of a million).
     */
    private static List<String> pinned(InquiryFilter filter) {
        boolean oneStatus = filter.statuses().size() == 1 || filter.overdueOnly();
        if (oneStatus && filter.assignee() != null) {
            return List.of("status", "assigneeId");
        }
        if (oneStatus) {
            return List.of("status");
        }
        if (filter.productLineId() != null) {
            return List.of("productLineId");
        }
        if (filter.assignee() != null) {
            return List.of("assigneeId");
        }
        if (filter.priority() != null) {
            return List.of("priority");
        }
        if (filter.language() != null) {
            return List.of("language");
        }
        return List.of();
    }
}
