package com.inquirydesk.inquiry.triage;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryExportRow;
import com.inquirydesk.inquiry.InquiryFact;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryOrder;
import com.inquirydesk.inquiry.InquirySort;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.TriageProperties;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads inquiries for the triage grid: one page at a time through the filter (no count of all matching
 * rows), and the number per status for the tabs.
 */
@Service
@Transactional(readOnly = true)
@Secured(Role.SALES_AUTHORITY)
public class InquiryQueries {

    /** Rows fetched per round trip while streaming: on PostgreSQL this makes the driver use a cursor. */
    private static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final StaffService staff;
    private final TriageProperties triage;
    private final CompanyZone company;
    private final Clock clock;

    InquiryQueries(
            EntityManager entityManager,
            StaffService staff,
            TriageProperties triage,
            CompanyZone company,
            Clock clock) {
        this.entityManager = entityManager;
        this.staff = staff;
        this.triage = triage;
        this.company = company;
        this.clock = clock;
    }

    /**
     * One page of the inquiries the filter selects.
     *
     * @param orders the sort; the received time and id break ties, newest first when empty
     */
    public List<InquiryRow> list(InquiryFilter filter, List<InquiryOrder> orders, int offset, int limit) {
        return rows((cb, inquiry) -> predicates(filter, cb, inquiry), orders, pinned(filter), offset, limit);
    }

    /**
     * One page, continuing from the nearest page boundary the grid has seen ({@link PageKeys}): the rows
     * after that boundary's row in the sort order, skipping only what lies between it and {@code offset}.
     * The same rows as {@link #list(InquiryFilter, List, int, int)}, at a cost that does not grow with the
     * offset.
     */
    public List<InquiryRow> list(
            InquiryFilter filter, List<InquiryOrder> orders, int offset, int limit, PageKeys keys) {
        List<InquiryOrder> sort = effectiveOrder(orders);
        var boundary = keys.nearestAtOrBefore(offset, sort);
        int from = boundary == null ? 0 : boundary.getKey();
        List<InquiryRow> page = rows(
                (cb, inquiry) -> {
                    List<Predicate> where = predicates(filter, cb, inquiry);
                    if (boundary != null && from > 0) {
                        where.addAll(after(boundary.getValue(), sort, cb, inquiry));
                    }
                    return where;
                },
                orders,
                pinned(filter),
                offset - from,
                limit);
        if (!page.isEmpty()) {
            keys.remember(offset + page.size(), keyOf(page.getLast(), sort), sort);
        }
        return page;
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
                List.of(),
                0,
                limit);
    }

    private List<InquiryRow> rows(
            BiFunction<CriteriaBuilder, Root<Inquiry>, List<Predicate>> where,
            List<InquiryOrder> orders,
            List<String> pinned,
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
                        inquiry.get("email"),
                        inquiry.get("subject"),
                        inquiry.get("assigneeId"),
                        inquiry.get("spam"))
                .where(where.apply(cb, inquiry).toArray(Predicate[]::new))
                .orderBy(orderBy(orders, pinned, cb, inquiry));
        Instant overdueBefore = overdueBefore();
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> toRow(row, overdueBefore))
                .toList();
    }

    /**
     * Hands every inquiry the filter selects to {@code each}, in order, reading them from the database as
     * they are needed (a cursor with a fetch size): memory does not grow with the number of rows.
     */
    public void forEachRow(InquiryFilter filter, List<InquiryOrder> orders, Consumer<InquiryExportRow> each) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        query.multiselect(
                        inquiry.get("reference"),
                        inquiry.get("receivedAt"),
                        inquiry.get("status"),
                        inquiry.get("priority"),
                        inquiry.get("productLineId"),
                        inquiry.get("language"),
                        inquiry.get("contactName"),
                        inquiry.get("company"),
                        inquiry.get("email"),
                        inquiry.get("phone"),
                        inquiry.get("country"),
                        inquiry.get("subject"),
                        inquiry.get("message"),
                        inquiry.get("assigneeId"),
                        inquiry.get("firstResponseAt"),
                        inquiry.get("closedAt"),
                        inquiry.get("spam"),
                        inquiry.get("source"))
                .where(predicates(filter, cb, inquiry).toArray(Predicate[]::new))
                .orderBy(orderBy(orders, pinned(filter), cb, inquiry));
        stream(
                entityManager.createQuery(query),
                row -> each.accept(new InquiryExportRow(
                        row.get(0, String.class),
                        row.get(1, Instant.class),
                        row.get(2, InquiryStatus.class),
                        row.get(3, Priority.class),
                        row.get(4, Long.class),
                        row.get(5, Language.class),
                        row.get(6, String.class),
                        row.get(7, String.class),
                        row.get(8, String.class),
                        row.get(9, String.class),
                        row.get(10, String.class),
                        row.get(11, String.class),
                        row.get(12, String.class),
                        row.get(13, Long.class),
                        row.get(14, Instant.class),
                        row.get(15, Instant.class),
                        row.get(16, Boolean.class),
                        row.get(17, InquirySource.class))));
    }

    /** Hands the statistics facts of every inquiry the filter selects to {@code each}, streamed like rows. */
    public void forEachFact(InquiryFilter filter, Consumer<InquiryFact> each) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        query.multiselect(
                        inquiry.get("receivedAt"),
                        inquiry.get("productLineId"),
                        inquiry.get("status"),
                        inquiry.get("firstResponseAt"))
                .where(predicates(filter, cb, inquiry).toArray(Predicate[]::new));
        stream(
                entityManager.createQuery(query),
                row -> each.accept(new InquiryFact(
                        row.get(0, Instant.class),
                        row.get(1, Long.class),
                        row.get(2, InquiryStatus.class),
                        row.get(3, Instant.class))));
    }

    /**
     * Inquiries received in {@code [from, to)}, counted per product line and status, in one aggregate query:
     * the database counts, nothing is streamed.
     */
    public Map<Long, Map<InquiryStatus, Long>> countByProductLineAndStatus(Instant from, Instant to) {
        Map<Long, Map<InquiryStatus, Long>> counts = new HashMap<>();
        entityManager
                .createQuery("""
                        select i.productLineId, i.status, count(*) from Inquiry i
                        where i.receivedAt >= :from and i.receivedAt < :to
                        group by i.productLineId, i.status""", Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent(
                                row.get(0, Long.class), line -> new EnumMap<>(InquiryStatus.class))
                        .put(row.get(1, InquiryStatus.class), row.get(2, Long.class)));
        return counts;
    }

    /**
     * The median hours from receipt to first response of the inquiries received in {@code [from, to)} that
     * were answered, over all product lines and per product line, with the linear interpolation of
     * {@code percentile_cont} and the reports. The database counts the answers per product line and minute
     * ({@code first_response_minutes}: one pass over an index, no sort of every answer), and the medians come
     * from those counts, to the minute.
     */
    public ResponseMedians medianResponseHours(Instant from, Instant to) {
        Map<Long, NavigableMap<Long, Long>> byLine = new HashMap<>();
        NavigableMap<Long, Long> all = new TreeMap<>();
        entityManager
                .createQuery("""
                        select i.productLineId, i.firstResponseMinutes, count(*)
                        from Inquiry i
                        where i.receivedAt >= :from and i.receivedAt < :to and i.firstResponseMinutes is not null
                        group by i.productLineId, i.firstResponseMinutes""", Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> {
                    long minute = ((Number) row.get(1)).longValue();
                    long count = row.get(2, Long.class);
                    byLine.computeIfAbsent(row.get(0, Long.class), line -> new TreeMap<>())
                            .merge(minute, count, Long::sum);
                    all.merge(minute, count, Long::sum);
                });
        Map<Long, Double> medians = new HashMap<>();
        byLine.forEach((line, minutes) -> medians.put(line, medianHours(minutes)));
        return new ResponseMedians(medianHours(all), medians);
    }

    /**
     * The median response time of all the product lines together ({@link Double#NaN} when none was answered),
     * and per product line that has answers.
     */
    public record ResponseMedians(double overall, Map<Long, Double> byProductLine) {}

    /** {@code percentile_cont(0.5)} of values given as counts per minute, in hours. */
    private static double medianHours(NavigableMap<Long, Long> countsPerMinute) {
        long n = countsPerMinute.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return Double.NaN;
        }
        double position = (n - 1) / 2.0;
        long lower = valueAt(countsPerMinute, (long) Math.floor(position));
        long upper = valueAt(countsPerMinute, (long) Math.ceil(position));
        return (lower + (upper - lower) * (position - Math.floor(position))) / 60;
    }

    /** The value at this rank (from 0) of the sorted values. */
    private static long valueAt(NavigableMap<Long, Long> countsPerMinute, long rank) {
        long seen = 0;
        for (var entry : countsPerMinute.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + seen);
    }

    /** How many inquiries the filter selects: for dashboard figures, never for scrolling. */
    public long count(InquiryFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        query.select(countRows(cb)).where(predicates(filter, cb, inquiry).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * {@code count(1)}, not {@code count(id)} as {@code cb.count(root)} writes it: PostgreSQL then counts from
     * an index alone, where the id would make it read every counted row from the table (3× slower at 500,000).
     */
    private static Expression<Long> countRows(CriteriaBuilder cb) {
        return cb.count(cb.literal(1));
    }

    /**
     * Hands the query's rows to {@code each} as they are read. On H2 the query runs in its lazy mode for this: by
     * default H2 computes a whole result before handing out its first row and keeps up to some 100,000 rows of it
     * in memory; lazily, a million rows are read about twice as fast, with no such buffer.
     */
    private void stream(TypedQuery<Tuple> query, Consumer<Tuple> each) {
        var session = entityManager.unwrap(Session.class);
        boolean h2 = session.doReturningWork(
                connection -> connection.getMetaData().getDatabaseProductName().equals("H2"));
        if (h2) {
            session.doWork(connection -> lazyExecution(connection, true));
        }
        try (Stream<Tuple> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            rows.forEach(each);
        } finally {
            if (h2) {
                session.doWork(connection -> lazyExecution(connection, false));
            }
        }
    }

    private static void lazyExecution(Connection connection, boolean lazy) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
        }
    }

    /** How many inquiries the filter selects per status, ignoring the filter's own statuses: for the tabs. */
    public Map<InquiryStatus, Long> countByStatus(InquiryFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        Expression<InquiryStatus> status = inquiry.get("status");
        query.multiselect(status, countRows(cb))
                .where(predicates(filter.withStatuses(java.util.Set.of()), cb, inquiry)
                        .toArray(Predicate[]::new))
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

    /** Inquiries received before this instant and still new are overdue. */
    Instant overdueBefore() {
        return clock.instant().minus(triage.sla());
    }

    private List<Predicate> predicates(InquiryFilter filter, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        List<Predicate> where = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            where.add(inquiry.get("status").in(filter.statuses()));
        }
        if (filter.productLineId() != null) {
            where.add(cb.equal(inquiry.get("productLineId"), filter.productLineId()));
        }
        if (filter.assignee() != null) {
            where.add(assignee(filter.assignee(), cb, inquiry));
        }
        if (filter.priority() != null) {
            where.add(cb.equal(inquiry.get("priority"), filter.priority()));
        }
        if (filter.language() != null) {
            where.add(cb.equal(inquiry.<Language>get("language"), filter.language()));
        }
        if (filter.receivedFrom() != null) {
            Instant from = filter.receivedFrom().atStartOfDay(company.zone()).toInstant();
            where.add(cb.greaterThanOrEqualTo(inquiry.get("receivedAt"), from));
        }
        if (filter.receivedTo() != null) {
            Instant to =
                    filter.receivedTo().plusDays(1).atStartOfDay(company.zone()).toInstant();
            where.add(cb.lessThan(inquiry.get("receivedAt"), to));
        }
        if (filter.overdueOnly()) {
            where.add(cb.equal(inquiry.get("status"), InquiryStatus.NEW));
            where.add(cb.lessThan(inquiry.get("receivedAt"), overdueBefore()));
        }
        if (!filter.text().isEmpty()) {
            String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(List.of("reference", "contactName", "company", "email", "subject", "message").stream()
                    .map(field -> cb.like(cb.lower(inquiry.get(field)), pattern, '\\'))
                    .toArray(Predicate[]::new)));
        }
        return where;
    }

    private Predicate assignee(String assignee, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        if (InquiryFilter.UNASSIGNED.equals(assignee)) {
            return cb.isNull(inquiry.get("assigneeId"));
        }
        Optional<StaffMember> member =
                InquiryFilter.ME.equals(assignee) ? staff.current() : staff.findByUsername(assignee);
        return member.map(found -> cb.equal(inquiry.get("assigneeId"), found.id()))
                .orElseGet(cb::disjunction);
    }

    /** The columns rows are really sorted by: the chosen ones, then the received time, then the id. */
    private static List<InquiryOrder> effectiveOrder(List<InquiryOrder> orders) {
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

    /** The id breaks ties in the direction of the first column, as {@link #orderBy} sorts. */
    private static boolean idDescending(List<InquiryOrder> sort) {
        return sort.getFirst().column() != InquirySort.RECEIVED
                || sort.getFirst().descending();
    }

    private static PageKeys.SortKey keyOf(InquiryRow row, List<InquiryOrder> sort) {
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
     * The rows after {@code key} in the sort order: (a after k1) or (a = k1 and b after k2) or …, plus a range
     * on the first column alone (a at or after k1), which lets the database start the index scan at the key.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Predicate> after(
            PageKeys.SortKey key, List<InquiryOrder> sort, CriteriaBuilder cb, Root<Inquiry> inquiry) {
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
            all.add(descending.get(i) ? cb.lessThan(columns.get(i), value) : cb.greaterThan(columns.get(i), value));
            alternatives.add(cb.and(all.toArray(Predicate[]::new)));
        }
        Comparable first = (Comparable) key.values().getFirst();
        Predicate range = descending.getFirst()
                ? cb.lessThanOrEqualTo(columns.getFirst(), first)
                : cb.greaterThanOrEqualTo(columns.getFirst(), first);
        return List.of(range, cb.or(alternatives.toArray(Predicate[]::new)));
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

    private static List<Order> orderBy(
            List<InquiryOrder> orders, List<String> pinned, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        List<Order> orderBy = new ArrayList<>();
        List<InquirySort> used = new ArrayList<>();
        for (InquiryOrder order : orders.isEmpty() ? List.of(InquiryOrder.NEWEST_FIRST) : orders) {
            if (!used.contains(order.column())) {
                used.add(order.column());
                Expression<?> column = inquiry.get(order.column().property());
                orderBy.add(order.descending() ? cb.desc(column) : cb.asc(column));
            }
        }
        if (!used.contains(InquirySort.RECEIVED)) {
            orderBy.add(cb.desc(inquiry.get("receivedAt")));
        }
        boolean descending = used.getFirst() != InquirySort.RECEIVED
                || orders.isEmpty()
                || orders.getFirst().descending();
        orderBy.add(descending ? cb.desc(inquiry.get("id")) : cb.asc(inquiry.get("id")));
        if (used.getFirst() == InquirySort.RECEIVED) {
            for (String column : pinned.reversed()) {
                orderBy.addFirst(descending ? cb.desc(inquiry.get(column)) : cb.asc(inquiry.get(column)));
            }
        }
        return orderBy;
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
                row.get(10, String.class),
                row.get(11, Long.class),
                row.get(12, Boolean.class),
                status == InquiryStatus.NEW && receivedAt.isBefore(overdueBefore));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
