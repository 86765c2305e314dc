package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid's list an inquiry was opened from, its filter and its sort, carried in the detail view's address (as the
 * grid keeps its filter in its own), so that previous and next walk that list and a reload keeps it.
 */
record GridContext(InquiryFilter filter, List<InquiryOrder> orders) {

    static final String SORT = "sort";

    /** Opened directly: every inquiry, newest first. */
    static final GridContext NONE = new GridContext(InquiryFilter.all(), List.of());

    QueryParameters toQueryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filter.toParameters());
        if (!orders.isEmpty()) {
            parameters.put(SORT, orders.stream().map(InquiryOrder::toParameter).toList());
        }
        return new QueryParameters(parameters);
    }

    /** Reads what {@link #toQueryParameters} wrote, leniently: a sort that makes no sense is the default one. */
    static GridContext from(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        List<InquiryOrder> orders;
        try {
            orders = InquiryOrder.fromParameters(SORT, parameters.getOrDefault(SORT, List.of()));
        } catch (InvalidInputException unknownColumn) {
            orders = List.of();
        }
        return new GridContext(InquiryFilter.fromParameters(parameters), orders);
    }
}
