package com.inquirydesk.inquiry.export;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryPredicates;
import com.inquirydesk.inquiry.domain.StreamedResults;
import com.inquirydesk.inquiry.triage.GridOrder;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.staff.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads every row of the export: the grid's filter and order, every column, streamed from a cursor. */
@Service
@Transactional(readOnly = true)
@Secured(Role.MANAGER_AUTHORITY)
class ExportQuery {

    private final EntityManager entityManager;
    private final InquiryPredicates predicates;
    private final StreamedResults streamed;

    ExportQuery(EntityManager entityManager, InquiryPredicates predicates, StreamedResults streamed) {
        this.entityManager = entityManager;
        this.predicates = predicates;
        this.streamed = streamed;
    }

    /** Hands every inquiry the filter selects to {@code each}, in order; memory does not grow with the rows. */
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
                        inquiry.get("firstResponseMinutes"),
                        inquiry.get("closedAt"),
                        inquiry.get("spam"),
                        inquiry.get("source"))
                .where(predicates.of(filter, cb, inquiry).toArray(Predicate[]::new))
                .orderBy(GridOrder.orderBy(orders, filter, cb, inquiry));
        streamed.forEach(
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
                        row.get(15, Integer.class),
                        row.get(16, Instant.class),
                        row.get(17, Boolean.class),
                        row.get(18, InquirySource.class))));
    }
}
