package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one translation of an {@link InquiryFilter} into a query's conditions, for the grid, the export and the
 * statistics alike: each condition is one an index of migration V7 serves.
 */
@Component
public class InquiryPredicates {

    private final StaffService staff;
    private final CompanyZone company;
    private final Overdue overdue;
    private final TextSearch search;

    InquiryPredicates(StaffService staff, CompanyZone company, Overdue overdue, TextSearch search) {
        this.staff = staff;
        this.company = company;
        this.overdue = overdue;
        this.search = search;
    }

    /** The conditions of the filter, to be joined with {@code and}; a new list the caller may add to. */
    public List<Predicate> of(InquiryFilter filter, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        List<Predicate> where = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            statusIn(filter.statuses(), inquiry.get("status"), cb).ifPresent(where::add);
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
        Instant from = receivedFrom(filter);
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(inquiry.get("receivedAt"), from));
        }
        Instant to = receivedBefore(filter);
        if (to != null) {
            where.add(cb.lessThan(inquiry.get("receivedAt"), to));
        }
        if (filter.overdueOnly()) {
            where.add(cb.equal(inquiry.get("status"), InquiryStatus.NEW));
            where.add(cb.lessThan(inquiry.get("receivedAt"), overdue.receivedBefore()));
        }
        if (!filter.text().isEmpty()) {
            where.add(search.contains(filter.text().toLowerCase(Locale.ROOT), cb, inquiry));
        }
        return where;
    }

    /** The start of the filter's first day in the company's time zone; null without one. */
    public @Nullable Instant receivedFrom(InquiryFilter filter) {
        return filter.receivedFrom() == null
                ? null
                : filter.receivedFrom().atStartOfDay(company.zone()).toInstant();
    }

    /** The end of the filter's last day in the company's time zone (exclusive); null without one. */
    public @Nullable Instant receivedBefore(InquiryFilter filter) {
        return filter.receivedTo() == null
                ? null
                : filter.receivedTo().plusDays(1).atStartOfDay(company.zone()).toInstant();
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

    /**
     * The condition that the status is one of {@code statuses}, none when it is every status. More than half of
     * them are named by the ones left out ({@code status not in ('SPAM')}): with a long {@code in} list H2 reads
     * the status index once per status and every row behind it, where the condition left over lets it read an
     * index on the time received alone (16 s against 0.4 s for the dashboard's figures of a year at a million
     * inquiries, docs/benchmarks.md). {@code statuses} is not empty.
     */
    public static Optional<Predicate> statusIn(
            Set<InquiryStatus> statuses, Expression<InquiryStatus> status, CriteriaBuilder cb) {
        Set<InquiryStatus> others = EnumSet.complementOf(EnumSet.copyOf(statuses));
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                statuses.size() * 2 > InquiryStatus.values().length
                        ? status.in(others).not()
                        : status.in(statuses));
    }

    /**
     * {@code count(1)}, not {@code count(id)} as {@code cb.count(root)} writes it: PostgreSQL then counts from an
     * index alone, where the id would make it read every counted row from the table (3× slower at 500,000).
     */
    public static Expression<Long> countRows(CriteriaBuilder cb) {
        return cb.count(cb.literal(1));
    }
}
