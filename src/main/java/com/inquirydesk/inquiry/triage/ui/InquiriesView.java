package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.ui.CsvExportLink;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.inquiry.triage.InquiryRow;
import com.inquirydesk.inquiry.triage.PageKeys;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.GridColumnChoices;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The triage grid: inquiries page by page from the database (no count of all rows), filtered and sorted,
 * with a tab per status, quick filters for one's own and unassigned inquiries, and bulk actions on selected rows.
 * The filter lives in the address; its fields are the {@link FilterBar}. On a phone the filters fold behind one
 * button and the rows become a two-line list.
 */
@Route("inquiries")
@Menu(title = "staff.nav.inquiries", order = 10)
@RolesAllowed(Role.SALES_ROLE)
class InquiriesView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final GridQueries queries;
    private final TriageService triage;
    private final StaffService staff;
    private final InquiryLabels labels;

    private final H2 heading = new H2();
    final StatusTabs statusTabs =
            new StatusTabs(status -> apply(this.filter.withStatuses(status == null ? Set.of() : Set.of(status))));
    final FilterBar filters;
    final Button mine = new Button();
    final Button unassigned = new Button();
    /** On a phone, opens and closes the filters; made when the window is first a phone's, as a desk has no use for it. */
    @Nullable
    Button filtersToggle;

    final ColumnChooser columns;
    private final Div quick;
    private @Nullable Registration resizing;

    final Button newInquiry = new Button();
    final InquiryGrid grid;
    private @Nullable BulkBar bulkBar;

    /** For managers only; nobody else gets the component or its download. */
    final @Nullable CsvExportLink export;

    private volatile InquiryFilter filter = InquiryFilter.all();
    private volatile List<InquiryOrder> sortOrders = List.of();
    /** Where each loaded page ended, so that scrolling on continues there instead of counting from the top. */
    private final PageKeys pageKeys = new PageKeys();

    private boolean updating;

    InquiriesView(
            GridQueries queries,
            TriageService triage,
            StaffService staff,
            CatalogService catalog,
            CompanyZone zone,
            InquiryCsvExport exporter,
            AuthenticationContext authentication,
            GridColumnChoices columnChoices,
            Clock clock) {
        this.queries = queries;
        this.triage = triage;
        this.staff = staff;
        this.labels = new InquiryLabels(this, catalog, staff, zone.zone());
        this.grid = new InquiryGrid(labels, clock);
        addClassName("inquiries-view");

        filters = new FilterBar(labels, () -> filter, this::apply, () -> {
            apply(InquiryFilter.all());
            showFilter();
        });

        // one click for the two lists people work from: their own inquiries and those nobody has taken
        mine.addClickListener(click -> quickFilter(InquiryFilter.ME));
        unassigned.addClickListener(click -> quickFilter(InquiryFilter.UNASSIGNED));
        showFilters(false);

        configureGrid();

        export = authentication.hasRole(Role.MANAGER_ROLE)
                ? new CsvExportLink(() -> exporter.fileName(filter), () -> {
                    // the filter and order the grid shows when the download starts
                    InquiryFilter shown = filter;
                    List<InquiryOrder> order = sortOrders;
                    return (language, out) -> exporter.write(shown, order, language, out);
                })
                : null;
        newInquiry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newInquiry.addClassName("new-inquiry-button");
        newInquiry.addClickListener(click -> UI.getCurrent().navigate(NewInquiryView.class));
        // the primary action last, at the end of the header row, where people look for it
        var actions = new Div(newInquiry);
        if (export != null) {
            actions.addComponentAsFirst(export);
        }
        actions.addClassName("grid-actions");
        var header = new Div(heading, actions);
        header.addClassName("grid-header");

        columns = new ColumnChooser(grid, columnChoices);
        quick = new Div(mine, unassigned, columns);
        quick.addClassName("quick-filters");

        add(header, statusTabs, quick, filters, grid);
    }

    /** Picks the quick filter, or drops it when it is the one already picked. */
    private void quickFilter(String assigneeValue) {
        apply(filter.withAssignee(assigneeValue.equals(filter.assignee()) ? null : assigneeValue));
        showFilter();
    }

    private void showFilters(boolean open) {
        filters.setOpen(open);
        if (filtersToggle != null) {
            filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        }
    }

    /** The phone's layout (one two-line column, the filters folded behind a button) or the desk's. */
    private void setCompact(boolean compact) {
        grid.setCompact(compact);
        if (compact && filtersToggle == null) {
            var toggle = new Button(VaadinIcon.FILTER.create());
            toggle.addClassName("filters-toggle");
            toggle.getElement().setAttribute("aria-controls", FilterBar.ID);
            toggle.addClickListener(click -> showFilters(!filters.isOpen()));
            quick.addComponentAtIndex(quick.indexOf(columns), toggle);
            filtersToggle = toggle;
            showFilters(filters.isOpen());
            showFilterCount();
        }
    }

    /** The phone's layout below this width of the window, in CSS pixels; the stylesheet's breakpoint too. */
    static final int PHONE_WIDTH = 760;

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> setCompact(details.getWindowInnerWidth() < PHONE_WIDTH));
        resizing = page.addBrowserWindowResizeListener(resize -> setCompact(resize.getWidth() < PHONE_WIDTH));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
    }

    private void configureGrid() {
        grid.setItems(query -> {
            sortOrders = InquiryGrid.orders(query.getSortOrders());
            return queries.list(filter, sortOrders, query.getOffset(), query.getLimit(), pageKeys).stream();
        });
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null) {
                UI.getCurrent()
                        .navigate(
                                InquiryDetailView.class,
                                new com.vaadin.flow.router.RouteParameters(
                                        InquiryDetailView.REFERENCE,
                                        click.getItem().reference()),
                                new GridContext(filter, sortOrders).toQueryParameters());
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
        showQuickFilters();
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
        statusTabs.showCounts(counts, getTranslation("status.ALL"), labels);
        grid.setEmptyStateText(getTranslation("grid.empty"));
    }

    /** Puts the filter into the fields without triggering another query per field. */
    private void showFilter() {
        updating = true;
        try {
            filters.show(filter);
            showQuickFilters();
            InquiryStatus single =
                    filter.statuses().size() == 1 ? filter.statuses().iterator().next() : null;
            statusTabs.select(single);
        } finally {
            updating = false;
        }
    }

    /** Marks the quick filter in use, counts the filters set for the phone's Filters button, offers to clear them. */
    private void showQuickFilters() {
        pressed(mine, InquiryFilter.ME.equals(filter.assignee()));
        pressed(unassigned, InquiryFilter.UNASSIGNED.equals(filter.assignee()));
        showFilterCount();
        filters.showClear(filter);
    }

    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        button.getThemeNames().set("primary", on);
        button.getThemeNames().set("tertiary", !on);
    }

    /** The phone's Filters button says how many filters are set, as they are folded away. */
    private void showFilterCount() {
        if (filtersToggle == null) {
            return;
        }
        long set = filter.toParameters().keySet().stream()
                .filter(name -> !name.equals("status"))
                .count();
        filtersToggle.setText(set == 0 ? getTranslation("filter.toggle") : getTranslation("filter.toggle.set", set));
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
        newInquiry.setText(getTranslation("entry.new"));
        mine.setText(getTranslation("filter.mine"));
        unassigned.setText(getTranslation("filter.unassigned"));
        showFilterCount();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grid.title");
    }
}
