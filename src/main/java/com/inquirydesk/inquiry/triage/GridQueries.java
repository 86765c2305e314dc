package com.inquirydesk.inquiry.triage;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryPredicates;
import com.inquirydesk.inquiry.domain.InquiryTally;
import com.inquirydesk.inquiry.domain.Overdue;
import com.inquirydesk.staff.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads inquiries for the triage grid: one page at a time through the filter (no count of all matching rows),
 * and the number per status for the tabs.
 */
@Service
@Transactional(readOnly = true)
@Secured(Role.SALES_AUTHORITY)
public class GridQueries {

    private final EntityManager entityManager;
    private final InquiryPredicates predicates;
    private final Overdue overdue;
    private final InquiryTally tally;

    GridQueries(EntityManager entityManager, InquiryPredicates predicates, Overdue overdue, InquiryTally tally) {
        this.entityManager = entityManager;
        this.predicates = predicates;
        this.overdue = overdue;
        this.tally = tally;
    }

    /**
     * One page of the inquiries the filter selects.
     *
     * @param orders the sort; the received time and id break ties, newest first when empty
     */
    public List<InquiryRow> list(InquiryFilter filter, List<InquiryOrder> orders, int offset, int limit) {
        return rows((cb, inquiry) -> predicates.of(filter, cb, inquiry), orders, filter, offset, limit);
    }

    /**
     * One page, continuing from the nearest page boundary the grid has seen ({@link PageKeys}): the rows after
     * that boundary's row in the sort order, skipping only what lies between it and {@code offset}. The same rows
     * as {@link #list(InquiryFilter, List, int, int)}, at a cost that does not grow with the offset.
     */
    public List<InquiryRow> list(
            InquiryFilter filter, List<InquiryOrder> orders, int offset, int limit, PageKeys keys) {
        List<InquiryOrder> sort = GridOrder.effective(orders);
        var boundary = keys.nearestAtOrBefore(offset, sort);
        int from = boundary == null ? 0 : boundary.getKey();
        List<InquiryRow> page = rows(
                (cb, inquiry) -> {
                    List<Predicate> where = predicates.of(filter, cb, inquiry);
                    if (boundary != null && from > 0) {
                        where.addAll(GridOrder.after(boundary.getValue(), sort, cb, inquiry));
                    }
                    return where;
                },
                orders,
                filter,
                offset - from,
                limit);
        if (!page.isEmpty()) {
            keys.remember(offset + page.size(), GridOrder.keyOf(page.getLast(), sort), sort);
        }
        return page;
    }

    /**
     * The inquiries just before and just after one in the grid's list (the filter, in the sort's order), for
     * previous and next on the detail view: a seek on the sort's index each way, so it costs the same at a million
     * rows. The inquiry itself need not match the filter (it may have changed since the list was shown): its
     * neighbours are then those around the place it would have.
     *
     * @return no neighbours when there is no such inquiry
     */
    public Neighbours neighbours(InquiryFilter filter, List<InquiryOrder> orders, String reference) {
        List<InquiryOrder> sort = GridOrder.effective(orders);
        List<InquiryRow> found = rows(
                (cb, inquiry) -> List.of(cb.equal(inquiry.get("reference"), reference)),
                orders,
                InquiryFilter.all(),
                false,
                0,
                1);
        if (found.isEmpty()) {
            return new Neighbours(null, null);
        }
        PageKeys.SortKey key = GridOrder.keyOf(found.getFirst(), sort);
        return new Neighbours(
                neighbour(filter, orders, true, (cb, inquiry) -> GridOrder.before(key, sort, cb, inquiry)),
                neighbour(filter, orders, false, (cb, inquiry) -> GridOrder.after(key, sort, cb, inquiry)));
    }

    private @Nullable String neighbour(
            InquiryFilter filter,
            List<InquiryOrder> orders,
            boolean backwards,
            BiFunction<CriteriaBuilder, Root<Inquiry>, List<Predicate>> beyond) {
        List<InquiryRow> next = rows(
                (cb, inquiry) -> {
                    List<Predicate> where = predicates.of(filter, cb, inquiry);
                    where.addAll(beyond.apply(cb, inquiry));
                    return where;
                },
                orders,
                filter,
                backwards,
                0,
                1);
        return next.isEmpty() ? null : next.getFirst().reference();
    }

    /**
     * Up to {@code limit} inquiries from one address received before an instant, newest first: an equality on
     * the (email, received_at) index, for the hints on the detail view.
     */
    public List<InquiryRow> earlierFrom(String email, Instant before, int limit) {
        return rows(
                (cb, inquiry) ->
                        List.of(cb.equal(inquiry.get("email"), email), cb.lessThan(inquiry.get("receivedAt"), before)),
                List.of(InquiryOrder.NEWEST_FIRST),
                InquiryFilter.all(),
                0,
                limit);
    }

    /** How many inquiries the filter selects per status, ignoring the filter's own statuses: for the tabs. */
    public Map<InquiryStatus, Long> countByStatus(InquiryFilter filter) {
        if (filter.withStatuses(Set.of()).equals(InquiryFilter.all())) {
            return tally.countByStatus(); // every inquiry: the tally's few thousand rows, not a million
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        Expression<InquiryStatus> status = inquiry.get("status");
        query.multiselect(status, InquiryPredicates.countRows(cb))
                .where(predicates.of(filter.withStatuses(Set.of()), cb, inquiry).toArray(Predicate[]::new))
                .groupBy(status);
        Map<InquiryStatus, Long> counts = new EnumMap<>(InquiryStatus.class);
        for (InquiryStatus each : InquiryStatus.values()) {
            counts.put(each, 0L);
        }
        entityManager
                .createQuery(query)
                .getResultList()
                .forEach(row -> counts.put(row.get(0, InquiryStatus.class), row.get(1, Long.class)));
        return counts;
    }

    private List<InquiryRow> rows(
            BiFunction<CriteriaBuilder, Root<Inquiry>, List<Predicate>> where,
            List<InquiryOrder> orders,
            InquiryFilter filter,
            int offset,
            int limit) {
        return rows(where, orders, filter, false, offset, limit);
    }

    /** Rows in the sort's order, or in its reverse when {@code backwards}: the rows before a key, nearest first. */
    private List<InquiryRow> rows(
            BiFunction<CriteriaBuilder, Root<Inquiry>, List<Predicate>> where,
            List<InquiryOrder> orders,
            InquiryFilter filter,
            boolean backwards,
            int offset,
            int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        query.multiselect(
                        inquiry.get("id"),
                        inquiry.get("reference"),
                        inquiry.get("receivedAt"),
                        inquiry.get("status"),
                        inquiry.get("priority"),
                        inquiry.get("productLineId"),
                        inquiry.get("language"),
                        inquiry.get("contactName"),
                        inquiry.get("company"),
                        inquiry.get("subject"),
                        inquiry.get("assigneeId"),
                        inquiry.get("suspectedSpam"),
                        inquiry.get("clientAnsweredAt"))
                .where(where.apply(cb, inquiry).toArray(Predicate[]::new))
                .orderBy(GridOrder.orderBy(orders, filter, cb, inquiry).stream()
                        .map(order -> backwards ? order.reverse() : order)
                        .toList());
        Instant overdueBefore = overdue.receivedBefore();
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> toRow(row, overdueBefore))
                .toList();
    }

    private static InquiryRow toRow(Tuple row, Instant overdueBefore) {
        InquiryStatus status = row.get(3, InquiryStatus.class);
        Instant receivedAt = row.get(2, Instant.class);
        return new InquiryRow(
                row.get(0, Long.class),
                row.get(1, String.class),
                receivedAt,
                status,
                row.get(4, Priority.class),
                row.get(5, Long.class),
                row.get(6, Language.class),
                row.get(7, String.class),
                row.get(8, String.class),
                row.get(9, String.class),
                row.get(10, Long.class),
                row.get(11, String.class),
                Overdue.is(status, receivedAt, overdueBefore),
                row.get(12, Instant.class) != null);
    }
}
