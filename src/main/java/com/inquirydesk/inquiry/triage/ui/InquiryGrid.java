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
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The triage grid's columns: which there are, how each shows a row, which sort, and their headers.
 *
 * <p>Widths are in rem, never em: a column's width applies to its header cell and its body cells alike, and
 * the header's smaller font made an em column narrower in the header than below it. The default columns fit
 * a 1280 px screen; the rest are offered by the column chooser. On a phone the grid shows one compact column
 * instead, two lines per inquiry.
 *
 * <p>A column is made the first time it shows: each is a state node with its listeners, kept for the whole
 * session, and most people never show the columns hidden by default (nor, at a desk, the phone's column).
 */
class InquiryGrid extends Grid<InquiryRow> implements LocaleChangeObserver {

    static final String AGE = "age";
    static final String COMPACT = "compact";

    /** Hidden until someone chooses them: with them the grid would not fit a 1280 px screen. */
    static final Set<String> HIDDEN_BY_DEFAULT = Set.of(InquirySort.RECEIVED.name(), "company", "language");

    private final InquiryLabels labels;
    private final Clock clock;
    private boolean compact;
    private Set<String> hidden = HIDDEN_BY_DEFAULT;
    /** How to make each column, in the grid's order. */
    private final Map<String, Supplier<Column<InquiryRow>>> makers = new LinkedHashMap<>();

    InquiryGrid(InquiryLabels labels, Clock clock) {
        this.labels = labels;
        this.clock = clock;
        setSelectionMode(Grid.SelectionMode.MULTI);
        offer(
                InquirySort.REFERENCE.name(),
                () -> addColumn(InquiryRow::reference)
                        .setSortable(true)
                        .setAutoWidth(true)
                        .setFlexGrow(0));
        // how long the client has waited, in red when longer than the response time allows (the SLA); sorting by
        // age is sorting by the time received, the other way round
        offer(
                AGE,
                () -> addColumn(LitRenderer.<InquiryRow>of(
                                        "<span class=\"age ${item.overdue ? 'badge overdue-badge' : ''}\""
                                                + " title=\"${item.received}\">${item.age}"
                                                + "<span class=\"visually-hidden\" ?hidden=\"${!item.overdue}\"> ${item.sla}</span>"
                                                + "</span>")
                                .withProperty("age", row -> labels.age(row.receivedAt(), clock.instant()))
                                .withProperty(
                                        "received",
                                        row -> labels.time(row.receivedAt())
                                                + (row.overdue() ? " · " + getTranslation("grid.overdue") : ""))
                                .withProperty("overdue", InquiryRow::overdue)
                                .withProperty("sla", row -> row.overdue() ? getTranslation("grid.overdue") : ""))
                        .setSortable(true)
                        .setSortOrderProvider(direction -> Stream.of(new QuerySortOrder(
                                InquirySort.RECEIVED.name(),
                                direction == SortDirection.ASCENDING
                                        ? SortDirection.DESCENDING
                                        : SortDirection.ASCENDING)))
                        .setWidth("5rem")
                        .setFlexGrow(0));
        offer(
                InquirySort.RECEIVED.name(),
                () -> addColumn(row -> labels.time(row.receivedAt()))
                        .setSortable(true)
                        .setWidth("9.5rem")
                        .setFlexGrow(0));
        // a template the browser fills in, not a component per row: 50 rows in view are 50 components less per user;
        // suspected spam gets a second badge beside the status, its signals as the tooltip; an answer from the client
        // that nobody replied to yet, a third
        offer(
                InquirySort.STATUS.name(),
                () -> addColumn(withStatusBadges(LitRenderer.<InquiryRow>of(statusBadges())))
                        .setSortable(true)
                        .setWidth("8rem")
                        .setFlexGrow(0)
                        .setPartNameGenerator(
                                row -> row.suspectedSpam() == null && !row.clientAnswered() ? null : "wrap"));
        offer(
                InquirySort.PRIORITY.name(),
                () -> addColumn(row -> labels.priority(row.priority()))
                        .setSortable(true)
                        .setWidth("6rem")
                        .setFlexGrow(0));
        // the text columns share what is left, the subject twice as much; a cut text shows whole as a tooltip
        offer(
                "productLine",
                () -> addColumn(row -> labels.productLine(row.productLineId()))
                        .setTooltipGenerator(row -> labels.productLine(row.productLineId()))
                        .setWidth("6rem"));
        offer(
                InquirySort.NAME.name(),
                () -> addColumn(InquiryRow::contactName)
                        .setSortable(true)
                        .setTooltipGenerator(InquiryRow::contactName)
                        .setWidth("6rem"));
        offer(
                "company",
                () -> addColumn(row -> row.company() == null ? "" : row.company())
                        .setTooltipGenerator(row -> row.company() == null ? "" : row.company())
                        .setWidth("6rem"));
        offer(
                "subject",
                () -> addColumn(InquiryRow::subject)
                        .setTooltipGenerator(InquiryRow::subject)
                        .setWidth("7rem")
                        .setFlexGrow(2));
        offer(
                "assignee",
                () -> addColumn(row -> labels.staffName(row.assigneeId()))
                        .setTooltipGenerator(row -> labels.staffName(row.assigneeId()))
                        .setWidth("6rem"));
        offer(
                "language",
                () -> addColumn(row ->
                                getTranslation("language." + row.language().name()))
                        .setWidth("5.5rem")
                        .setFlexGrow(0));
        // the phone's list: reference and status, then name and subject, in one cell
        offer(
                COMPACT,
                () -> addColumn(withStatusBadges(
                                LitRenderer.<InquiryRow>of("<div class=\"compact-row\"><div class=\"compact-line\">"
                                        + "<strong>${item.reference}</strong>" + statusBadges()
                                        + "<span class=\"age\">${item.age}</span></div>"
                                        + "<div class=\"compact-line secondary\"><span>${item.name}</span>"
                                        + "<span class=\"compact-subject\">${item.subject}</span></div></div>"))
                        .withProperty("reference", InquiryRow::reference)
                        .withProperty("age", row -> labels.age(row.receivedAt(), clock.instant()))
                        .withProperty("name", InquiryRow::contactName)
                        .withProperty("subject", InquiryRow::subject)));
        setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        setMultiSort(false);
        showColumns(HIDDEN_BY_DEFAULT);
    }

    /** The properties that {@link #statusBadges()} reads. */
    private LitRenderer<InquiryRow> withStatusBadges(LitRenderer<InquiryRow> renderer) {
        return renderer.withProperty("status", row -> row.status().name().toLowerCase(Locale.ROOT))
                .withProperty("label", row -> labels.status(row.status()))
                .withProperty("suspected", row -> row.suspectedSpam() != null)
                .withProperty("flag", row -> row.suspectedSpam() == null ? "" : getTranslation("grid.suspectedSpam"))
                .withProperty(
                        "signals", row -> row.suspectedSpam() == null ? "" : labels.spamSignals(row.suspectedSpam()))
                .withProperty("answered", InquiryRow::clientAnswered)
                .withProperty(
                        "answeredLabel", row -> row.clientAnswered() ? getTranslation("grid.clientAnswered") : "");
    }

    private static String statusBadges() {
        return "<span class=\"badge status-${item.status}\">${item.label}</span> "
                + "<span class=\"badge suspected-spam\" title=\"${item.signals}\""
                + " ?hidden=\"${!item.suspected}\">${item.flag}</span> "
                + "<span class=\"badge client-answered\" ?hidden=\"${!item.answered}\">${item.answeredLabel}</span>";
    }

    /** Takes how to make the column with this key, next in the grid's order; it is made when it first shows. */
    private void offer(String key, Supplier<Column<InquiryRow>> maker) {
        makers.put(key, () -> maker.get().setKey(key));
    }

    /** The keys of the columns a person can show or hide, in the grid's order; the compact one belongs to the phone. */
    List<String> choosableColumns() {
        return makers.keySet().stream()
                .filter(key ->
                        !COMPACT.equals(key) && !InquirySort.REFERENCE.name().equals(key))
                .toList();
    }

    /** Shows every choosable column but these (on a phone, only the compact one shows whatever was chosen). */
    void showColumns(Set<String> hidden) {
        this.hidden = Set.copyOf(hidden);
        makers.keySet().forEach(key -> {
            boolean shown = COMPACT.equals(key)
                    ? compact
                    : !compact && (InquirySort.REFERENCE.name().equals(key) || !hidden.contains(key));
            Column<InquiryRow> column = shown ? column(key) : getColumnByKey(key);
            if (column != null) {
                column.setVisible(shown);
            }
        });
    }

    /** Whether the column with this key is made and visible. */
    boolean shows(String key) {
        Column<InquiryRow> column = getColumnByKey(key);
        return column != null && column.isVisible();
    }

    /** The column with this key, made now, in its place among the others, if it was not made yet. */
    private Column<InquiryRow> column(String key) {
        Column<InquiryRow> made = getColumnByKey(key);
        if (made != null) {
            return made;
        }
        Column<InquiryRow> column = makers.get(key).get();
        if (isAttached()) {
            // the headers are written when the locale is known; a column made after that writes its own
            column.setHeader(header(key));
        }
        List<Column<InquiryRow>> order = makers.keySet().stream()
                .map(this::getColumnByKey)
                .filter(Objects::nonNull)
                .toList();
        if (!order.equals(getColumns())) {
            setColumnOrder(order);
        }
        return column;
    }

    Set<String> hiddenColumns() {
        return hidden;
    }

    /** Switches between the phone's one two-line column and the chosen columns. */
    void setCompact(boolean compact) {
        if (this.compact == compact) {
            return;
        }
        this.compact = compact;
        showColumns(hidden);
        getElement().getThemeList().set("compact", compact);
    }

    boolean isCompact() {
        return compact;
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

    /** A column's header text, also the column chooser's label for it. */
    String header(String key) {
        return getTranslation("column."
                + switch (key) {
                    case "REFERENCE" -> "reference";
                    case "RECEIVED" -> "received";
                    case "STATUS" -> "status";
                    case "PRIORITY" -> "priority";
                    case "NAME" -> "name";
                    default -> key;
                });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getColumns().forEach(column -> column.setHeader(header(column.getKey())));
    }
}
