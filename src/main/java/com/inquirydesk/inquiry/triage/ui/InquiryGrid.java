package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.inquiry.triage.InquiryRow;
import com.inquirydesk.inquiry.triage.InquirySort;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The triage grid's columns: which there are, how each shows a row, which sort, and their headers. */
class InquiryGrid extends Grid<InquiryRow> implements LocaleChangeObserver {

    InquiryGrid(InquiryLabels labels) {
        setSelectionMode(Grid.SelectionMode.MULTI);
        addColumn(InquiryRow::reference)
                .setKey(InquirySort.REFERENCE.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> labels.time(row.receivedAt()))
                .setKey(InquirySort.RECEIVED.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a template the browser fills in, not a component per row: 50 rows in view are 50 components less per user;
        // suspected spam gets a second badge beside the status, its signals as the tooltip
        addColumn(LitRenderer.<InquiryRow>of("<span class=\"badge status-${item.status}\">${item.label}</span>"
                                + "<span class=\"badge suspected-spam\" title=\"${item.signals}\""
                                + " ?hidden=\"${!item.suspected}\">${item.flag}</span>")
                        .withProperty("status", row -> row.status().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", row -> labels.status(row.status()))
                        .withProperty("suspected", row -> row.suspectedSpam() != null)
                        .withProperty(
                                "flag", row -> row.suspectedSpam() == null ? "" : getTranslation("grid.suspectedSpam"))
                        .withProperty(
                                "signals",
                                row -> row.suspectedSpam() == null ? "" : labels.spamSignals(row.suspectedSpam())))
                .setKey(InquirySort.STATUS.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> labels.priority(row.priority()))
                .setKey(InquirySort.PRIORITY.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> labels.productLine(row.productLineId()))
                .setKey("productLine")
                .setAutoWidth(true);
        addColumn(InquiryRow::contactName)
                .setKey(InquirySort.NAME.name())
                .setSortable(true)
                .setWidth("10em");
        addColumn(row -> row.company() == null ? "" : row.company())
                .setKey("company")
                .setWidth("10em");
        addColumn(InquiryRow::subject).setKey("subject").setWidth("14em").setFlexGrow(2);
        addColumn(row -> labels.staffName(row.assigneeId())).setKey("assignee").setWidth("9em");
        addColumn(row -> row.language().code())
                .setKey("language")
                .setAutoWidth(true)
                .setFlexGrow(0);
        setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        setMultiSort(false);
    }

    /** The grid's sort as the queries take it: only the allow-listed columns sort. */
    static List<InquiryOrder> orders(List<QuerySortOrder> sortOrders) {
        List<InquiryOrder> orders = new ArrayList<>();
        for (var order : sortOrders) {
            try {
                orders.add(new InquiryOrder(
                        InquirySort.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING));
            } catch (IllegalArgumentException notSortable) {
                // only the allow-listed columns sort
            }
        }
        return orders;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getColumnByKey(InquirySort.REFERENCE.name()).setHeader(getTranslation("column.reference"));
        getColumnByKey(InquirySort.RECEIVED.name()).setHeader(getTranslation("column.received"));
        getColumnByKey(InquirySort.STATUS.name()).setHeader(getTranslation("column.status"));
        getColumnByKey(InquirySort.PRIORITY.name()).setHeader(getTranslation("column.priority"));
        getColumnByKey("productLine").setHeader(getTranslation("column.productLine"));
        getColumnByKey(InquirySort.NAME.name()).setHeader(getTranslation("column.name"));
        getColumnByKey("company").setHeader(getTranslation("column.company"));
        getColumnByKey("subject").setHeader(getTranslation("column.subject"));
        getColumnByKey("assignee").setHeader(getTranslation("column.assignee"));
        getColumnByKey("language").setHeader(getTranslation("column.language"));
    }
}
