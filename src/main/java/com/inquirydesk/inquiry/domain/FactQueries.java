package com.inquirydesk.inquiry.domain;

import com.inquirydesk.inquiry.InquiryFact;
import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.ResponseMedians;
import com.inquirydesk.staff.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the {@link InquiryFacts} that reports are made of. */
@Service
@Transactional(readOnly = true)
@Secured(Role.MANAGER_AUTHORITY)
class FactQueries implements InquiryFacts {

    private final EntityManager entityManager;
    private final InquiryPredicates predicates;
    private final StreamedResults streamed;
    private final InquiryTally tally;
    private final Overdue overdue;
    private final AnswerTally answers;

    FactQueries(
            EntityManager entityManager,
            InquiryPredicates predicates,
            StreamedResults streamed,
            InquiryTally tally,
            Overdue overdue,
            AnswerTally answers) {
        this.entityManager = entityManager;
        this.predicates = predicates;
        this.streamed = streamed;
        this.tally = tally;
        this.overdue = overdue;
        this.answers = answers;
    }

    @Override
    public long count(InquiryFilter filter) {
        if (filter.withStatuses(Set.of())
                .withReceived(null, null)
                .withOverdueOnly(false)
                .equals(InquiryFilter.all())) {
            return countFromTally(filter);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        query.select(InquiryPredicates.countRows(cb))
                .where(predicates.of(filter, cb, inquiry).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** A count by statuses and days received alone, as the dashboard's figures are: from the tally. */
    private long countFromTally(InquiryFilter filter) {
        Set<InquiryStatus> statuses =
                filter.statuses().isEmpty() ? EnumSet.allOf(InquiryStatus.class) : EnumSet.copyOf(filter.statuses());
        Instant before = predicates.receivedBefore(filter);
        if (filter.overdueOnly()) {
            statuses.retainAll(Set.of(InquiryStatus.NEW));
            Instant overdueBefore = overdue.receivedBefore();
            before = before == null || overdueBefore.isBefore(before) ? overdueBefore : before;
        }
        long count = 0;
        for (var line : tally.countByProductLineAndStatus(predicates.receivedFrom(filter), before)
                .values()) {
            for (var status : statuses) {
                count += line.getOrDefault(status, 0L);
            }
        }
        return count;
    }

    @Override
    public void forEach(InquiryFilter filter, Consumer<InquiryFact> each) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Inquiry> inquiry = query.from(Inquiry.class);
        query.multiselect(
                        inquiry.get("receivedAt"),
                        inquiry.get("productLineId"),
                        inquiry.get("status"),
                        inquiry.get("firstResponseMinutes"))
                .where(predicates.of(filter, cb, inquiry).toArray(Predicate[]::new));
        streamed.forEach(
                entityManager.createQuery(query),
                row -> each.accept(new InquiryFact(
                        row.get(0, Instant.class),
                        row.get(1, Long.class),
                        row.get(2, InquiryStatus.class),
                        row.get(3, Integer.class))));
    }

    @Override
    public Map<Long, Map<InquiryStatus, Long>> countByProductLineAndStatus(Instant from, Instant to) {
        return tally.countByProductLineAndStatus(from, to);
    }

    @Override
    public ResponseMedians medianResponseHours(Instant from, Instant to, boolean includeSpam) {
        return answers.medians(from, to, includeSpam);
    }
}
