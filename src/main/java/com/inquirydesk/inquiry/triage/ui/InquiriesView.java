package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.export.ExportFailedException;
import com.inquirydesk.base.web.AbortedTransfer;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.inquiry.triage.InquiryRow;
import com.inquirydesk.inquiry.triage.InquirySort;
import com.inquirydesk.inquiry.triage.PageKeys;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The triage grid: inquiries page by page from the database (no count of all rows), filtered and sorted,
 * with a tab per status and bulk actions on selected rows. The filter lives in the address.
 */
@Route("inquiries")
@Menu(title = "staff.nav.inquiries", order = 10)
@RolesAllowed(Role.SALES_ROLE)
class InquiriesView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** How often the page asks the server while an export runs (no server push here). */
    private static final int EXPORT_POLL_MILLIS = 1000;

    private final GridQueries queries;
    private final TriageService triage;
    private final StaffService staff;
    private final InquiryLabels labels;

    private final H2 heading = new H2();
    final Tabs statusTabs = new Tabs();
    private final Map<Tab, @Nullable InquiryStatus> tabStatus = new LinkedHashMap<>();
    private final Map<@Nullable InquiryStatus, Tab> statusTab = new LinkedHashMap<>();
    final TextField search = new TextField();
    final ComboBox<ProductLineSummary> productLine = new ComboBox<>();
    // combo boxes with a clear button, like the product line (a select also keeps a component per option)
    final ComboBox<String> assignee = new ComboBox<>();
    final ComboBox<Priority> priority = new ComboBox<>();
    final ComboBox<Language> language = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox overdue = new Checkbox();
    private final Button clear = new Button();
    final Grid<InquiryRow> grid = new Grid<>();
    private @Nullable BulkBar bulkBar;

    final Anchor export;
    private volatile InquiryFilter filter = InquiryFilter.all();
    private volatile List<InquiryOrder> sortOrders = List.of();
    /** Where each loaded page ended, so that scrolling on continues there instead of counting from the top. */
    private final PageKeys pageKeys = new PageKeys();

    private volatile Language exportLanguage = Language.EN;
    private final InquiryCsvExport exporter;
    private boolean updating;

    InquiriesView(
            GridQueries queries,
            TriageService triage,
            StaffService staff,
            CatalogService catalog,
            CompanyZone zone,
            InquiryCsvExport exporter,
            AuthenticationContext authentication) {
        this.queries = queries;
        this.triage = triage;
        this.staff = staff;
        this.labels = new InquiryLabels(this, catalog, staff, zone.zone());
        addClassName("inquiries-view");

        tabStatus.put(new Tab(), null);
        for (InquiryStatus status : InquiryStatus.values()) {
            tabStatus.put(new Tab(), status);
        }
        tabStatus.forEach((tab, status) -> statusTab.put(status, tab));
        statusTabs.add(tabStatus.keySet().toArray(Tab[]::new));
        statusTabs.addSelectedChangeListener(change -> {
            InquiryStatus status = tabStatus.get(change.getSelectedTab());
            apply(filter.withStatuses(status == null ? Set.of() : Set.of(status)));
        });

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(InquiryFilter.TEXT_MAX_LENGTH);
        search.addValueChangeListener(change -> apply(filter.withText(change.getValue())));
        productLine.setItems(labels.activeProductLines());
        productLine.setClearButtonVisible(true);
        productLine.addValueChangeListener(change -> apply(filter.withProductLine(
                change.getValue() == null ? null : change.getValue().id())));
        List<String> assignees = new ArrayList<>(List.of(InquiryFilter.ME, InquiryFilter.UNASSIGNED));
        labels.staff().forEach(member -> assignees.add(member.username()));
        assignee.setItems(assignees);
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(change -> apply(filter.withAssignee(change.getValue())));
        priority.setItems(Priority.values());
        priority.setClearButtonVisible(true);
        priority.addValueChangeListener(change -> apply(filter.withPriority(change.getValue())));
        language.setItems(Language.values());
        language.setClearButtonVisible(true);
        language.addValueChangeListener(change -> apply(filter.withLanguage(change.getValue())));
        from.addValueChangeListener(change -> apply(filter.withReceived(change.getValue(), to.getValue())));
        to.addValueChangeListener(change -> apply(filter.withReceived(from.getValue(), change.getValue())));
        overdue.addValueChangeListener(change -> apply(filter.withOverdueOnly(change.getValue())));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> {
            apply(InquiryFilter.all());
            showFilter();
        });
        var filters = new Div(search, productLine, assignee, priority, language, from, to, overdue, clear);
        filters.addClassName("filter-bar");

        configureGrid();

        this.exporter = exporter;
        export = new Anchor((DownloadHandler) this::download, "");
        export.addClassName("export-link");
        export.getElement().addEventListener("click", click -> {
            Notification.show(getTranslation("grid.exportStarted"), 4000, Notification.Position.BOTTOM_START);
            // no server push: the page asks while the file is made, so that a failure is told at once
            UI.getCurrent().setPollInterval(EXPORT_POLL_MILLIS);
        });
        export.setVisible(authentication.hasRole(Role.MANAGER_ROLE));
        var header = new Div(heading, export);
        header.addClassName("grid-header");

        add(header, statusTabs, filters, grid);
    }

    /**
     * Streams the grid's rows as CSV. An export that fails midway must not be saved as a complete file: the
     * transfer is aborted, so the browser marks the download failed, and the page says why.
     */
    private void download(DownloadEvent download) throws IOException {
        UI ui = download.getUI();
        try {
            download.setFileName(exporter.fileName(filter));
            download.setContentType("text/csv;charset=UTF-8");
            exporter.write(filter, sortOrders, exportLanguage, download.getOutputStream());
        } catch (ExportFailedException failed) {
            ui.access(() -> Notification.show(
                            getTranslation("grid.exportFailed"), 10_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            throw new AbortedTransfer(failed.getMessage()); // the browser sees the download fail
        } finally {
            ui.access(() -> ui.setPollInterval(-1));
        }
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(InquiryRow::reference)
                .setKey(InquirySort.REFERENCE.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> labels.time(row.receivedAt()))
                .setKey(InquirySort.RECEIVED.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a template the browser fills in, not a component per row: 50 rows in view are 50 components less per user
        grid.addColumn(LitRenderer.<InquiryRow>of("<span class=\"badge status-${item.status}\">${item.label}</span>")
                        .withProperty("status", row -> row.status().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", row -> labels.status(row.status())))
                .setKey(InquirySort.STATUS.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> labels.priority(row.priority()))
                .setKey(InquirySort.PRIORITY.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> labels.productLine(row.productLineId()))
                .setKey("productLine")
                .setAutoWidth(true);
        grid.addColumn(InquiryRow::contactName)
                .setKey(InquirySort.NAME.name())
                .setSortable(true)
                .setWidth("10em");
        grid.addColumn(row -> row.company() == null ? "" : row.company())
                .setKey("company")
                .setWidth("10em");
        grid.addColumn(InquiryRow::subject).setKey("subject").setWidth("14em").setFlexGrow(2);
        grid.addColumn(row -> labels.staffName(row.assigneeId()))
                .setKey("assignee")
                .setWidth("9em");
        grid.addColumn(row -> row.language().code())
                .setKey("language")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        grid.setMultiSort(false);
        grid.setItems(query -> {
            sortOrders = orders(query.getSortOrders());
            return queries.list(filter, sortOrders, query.getOffset(), query.getLimit(), pageKeys).stream();
        });
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null) {
                UI.getCurrent()
                        .navigate(
                                InquiryDetailView.class,
                                new com.vaadin.flow.router.RouteParameters(
                                        InquiryDetailView.REFERENCE,
                                        click.getItem().reference()));
            }
        });
        grid.addSelectionListener(selection -> {
            int selected = selection.getAllSelectedItems().size();
            if (selected > 0 || bulkBar != null) {
                bulkBar().show(selected);
            }
        });
        grid.addClassName("inquiry-grid");
        grid.setEmptyStateText("");
    }

    private static List<InquiryOrder> orders(List<com.vaadin.flow.data.provider.QuerySortOrder> sortOrders) {
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
    public void beforeEnter(BeforeEnterEvent event) {
        filter = InquiryFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        showFilter();
        refresh();
    }

    private void apply(InquiryFilter changed) {
        if (updating || changed.equals(filter)) {
            return;
        }
        filter = changed;
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, new Location("inquiries", new QueryParameters(filter.toParameters())));
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        pageKeys.reset();
        grid.getDataProvider().refreshAll();
        Map<InquiryStatus, Long> counts = queries.countByStatus(filter);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        tabStatus.forEach(
                (tab, status) -> tab.setLabel((status == null ? getTranslation("status.ALL") : labels.status(status))
                        + " (" + (status == null ? all : counts.getOrDefault(status, 0L)) + ")"));
        grid.setEmptyStateText(getTranslation("grid.empty"));
    }

    /** Puts the filter into the fields without triggering another query per field. */
    private void showFilter() {
        updating = true;
        try {
            search.setValue(filter.text());
            productLine.setValue(
                    filter.productLineId() == null
                            ? null
                            : labels.activeProductLines().stream()
                                    .filter(line -> filter.productLineId().equals(line.id()))
                                    .findFirst()
                                    .orElse(null));
            assignee.setValue(filter.assignee());
            priority.setValue(filter.priority());
            language.setValue(filter.language());
            from.setValue(filter.receivedFrom());
            to.setValue(filter.receivedTo());
            overdue.setValue(filter.overdueOnly());
            InquiryStatus single =
                    filter.statuses().size() == 1 ? filter.statuses().iterator().next() : null;
            statusTabs.setSelectedTab(statusTab.get(single));
        } finally {
            updating = false;
        }
    }

    /** The bulk actions, made on the first selection and placed above the grid. */
    BulkBar bulkBar() {
        if (bulkBar == null) {
            bulkBar = new BulkBar(
                    labels,
                    () -> bulk(references -> triage.assignAll(references, me())),
                    status -> bulk(references -> triage.changeStatusAll(references, status)));
            addComponentAtIndex(indexOf(grid), bulkBar);
        }
        return bulkBar;
    }

    private void bulk(java.util.function.ToIntFunction<List<String>> action) {
        List<String> references =
                grid.getSelectedItems().stream().map(InquiryRow::reference).toList();
        try {
            int changed = action.applyAsInt(references);
            Notification.show(getTranslation("bulk.done", changed, references.size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            TriageErrors.show(this, e);
        }
        refresh();
    }

    private @Nullable Long me() {
        return staff.current().map(StaffMember::id).orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("grid.title"));
        export.setText(getTranslation("grid.export"));
        exportLanguage = Language.of(event.getLocale());
        search.setPlaceholder(getTranslation("filter.search"));
        search.setAriaLabel(getTranslation("filter.search"));
        productLine.setPlaceholder(getTranslation("filter.productLine"));
        productLine.setAriaLabel(getTranslation("filter.productLine"));
        productLine.setItemLabelGenerator(line -> line.name(Language.of(event.getLocale())));
        assignee.setLabel(getTranslation("filter.assignee"));
        assignee.setPlaceholder(getTranslation("filter.assignee.anyone"));
        assignee.setItemLabelGenerator(value -> switch (value) {
            case InquiryFilter.ME -> getTranslation("filter.assignee.me");
            case InquiryFilter.UNASSIGNED -> getTranslation("filter.assignee.none");
            default ->
                labels.staff().stream()
                        .filter(member -> member.username().equals(value))
                        .map(StaffMember::displayName)
                        .findFirst()
                        .orElse(value);
        });
        priority.setLabel(getTranslation("filter.priority"));
        priority.setPlaceholder(getTranslation("filter.any"));
        language.setPlaceholder(getTranslation("filter.any"));
        priority.setItemLabelGenerator(labels::priority);
        language.setLabel(getTranslation("filter.language"));
        language.setItemLabelGenerator(value -> value == Language.ZH ? "中文" : "English");
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        overdue.setLabel(getTranslation("filter.overdue"));
        clear.setText(getTranslation("filter.clear"));
        grid.getColumnByKey(InquirySort.REFERENCE.name()).setHeader(getTranslation("column.reference"));
        grid.getColumnByKey(InquirySort.RECEIVED.name()).setHeader(getTranslation("column.received"));
        grid.getColumnByKey(InquirySort.STATUS.name()).setHeader(getTranslation("column.status"));
        grid.getColumnByKey(InquirySort.PRIORITY.name()).setHeader(getTranslation("column.priority"));
        grid.getColumnByKey("productLine").setHeader(getTranslation("column.productLine"));
        grid.getColumnByKey(InquirySort.NAME.name()).setHeader(getTranslation("column.name"));
        grid.getColumnByKey("company").setHeader(getTranslation("column.company"));
        grid.getColumnByKey("subject").setHeader(getTranslation("column.subject"));
        grid.getColumnByKey("assignee").setHeader(getTranslation("column.assignee"));
        grid.getColumnByKey("language").setHeader(getTranslation("column.language"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grid.title");
    }

    Optional<InquiryStatus> selectedStatusTab() {
        return Optional.ofNullable(tabStatus.get(statusTabs.getSelectedTab()));
    }
}
