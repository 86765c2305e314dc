package com.inquirydesk.contact;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.CsvExportLink;
import com.inquirydesk.base.ui.IsoDates;
import com.inquirydesk.base.ui.PhoneWidth;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every client as one row, newest contact first, loaded page by page without counting: search by name, address,
 * company, organisation or phone in either language, and filter by country, organisation, product line asked
 * about and last contact. A row opens the contact's page. On a phone each contact is one compact row.
 */
@Route("contacts")
@Menu(title = "staff.nav.contacts", order = 15)
@RolesAllowed(Role.SALES_ROLE)
class ContactsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final H2 heading = new H2();
    final TextField search = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<ContactQueries.OrganisationOption> organisation = new ComboBox<>();
    final ComboBox<ProductLineSummary> productLine = new ComboBox<>();
    final DatePicker lastContactFrom = new DatePicker();
    final Grid<ContactRow> grid = new Grid<>();
    private final Button filtersToggle = new Button();
    private final ContactPageKeys pageKeys = new ContactPageKeys();
    final CsvExportLink export;
    private final Grid.Column<ContactRow> nameColumn;
    private final Grid.Column<ContactRow> emailColumn;
    private final Grid.Column<ContactRow> companyColumn;
    private final Grid.Column<ContactRow> countryColumn;
    private final Grid.Column<ContactRow> lastContactColumn;
    private final Grid.Column<ContactRow> inquiriesColumn;
    private final Grid.Column<ContactRow> compactColumn;
    private final ZoneId zone;

    ContactsView(
            Contacts contacts,
            ContactCsvExport exporter,
            CatalogService catalog,
            CompanyZone companyZone,
            AuthenticationContext authentication) {
        this.zone = companyZone.zone();
        addClassName("admin-view");
        addClassName("contacts-view");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        country.setItems(Arrays.stream(Locale.getISOCountries()).toList());
        country.setItemLabelGenerator(code -> countryName(code));
        country.setClearButtonVisible(true);
        organisation.setItems(query ->
                contacts.organisations(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
        organisation.setItemLabelGenerator(option ->
                option.name().equals(option.domain()) ? option.name() : option.name() + " (" + option.domain() + ")");
        organisation.setClearButtonVisible(true);
        productLine.setItems(catalog.productLinesForStaff());
        productLine.setItemLabelGenerator(line -> line.name(Language.of(getLocale())));
        productLine.setClearButtonVisible(true);
        IsoDates.showIn(lastContactFrom);
        lastContactFrom.setClearButtonVisible(true);

        nameColumn = grid.addColumn(ContactRow::name).setFlexGrow(2);
        emailColumn = grid.addColumn(ContactRow::email).setFlexGrow(2);
        companyColumn = grid.addColumn(ContactsView::companyOf).setFlexGrow(2);
        countryColumn = grid.addColumn(row -> countryName(row.country())).setFlexGrow(1);
        lastContactColumn = grid.addColumn(row -> day(row.lastContactAt()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        inquiriesColumn = grid.addColumn(this::countsOf).setAutoWidth(true).setFlexGrow(0);
        compactColumn = grid.addColumn(LitRenderer.<ContactRow>of("<div class=\"compact-row\">"
                        + "<div class=\"compact-line\"><strong>${item.name}</strong>"
                        + "<span class=\"secondary\">${item.last}</span></div>"
                        + "<div class=\"secondary\">${item.email}</div>"
                        + "<div class=\"compact-line secondary\"><span>${item.company}</span>"
                        + "<span>${item.counts}</span></div></div>")
                .withProperty("name", ContactRow::name)
                .withProperty("email", ContactRow::email)
                .withProperty("last", row -> day(row.lastContactAt()))
                .withProperty("company", row -> {
                    String company = companyOf(row);
                    return company == null ? "" : company;
                })
                .withProperty("counts", this::countsOf));
        compactColumn.setVisible(false);
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> contacts.page(filter(), query.getOffset(), query.getLimit(), pageKeys).stream());
        grid.addItemClickListener(click -> UI.getCurrent()
                .navigate(
                        ContactView.class,
                        new RouteParameters(
                                ContactView.ID, String.valueOf(click.getItem().id()))));

        search.addValueChangeListener(change -> refresh());
        country.addValueChangeListener(change -> refresh());
        organisation.addValueChangeListener(change -> refresh());
        productLine.addValueChangeListener(change -> refresh());
        lastContactFrom.addValueChangeListener(change -> refresh());
        // on a phone only the search shows; the other filters fold behind a button
        search.addClassName("contact-search");
        var more = new Div(country, organisation, productLine, lastContactFrom);
        more.addClassName("contact-filters");
        more.setId("contact-filters");
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.getElement().setAttribute("aria-controls", "contact-filters");
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(click -> {
            boolean open = !more.hasClassName("open");
            more.setClassName("open", open);
            filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        });
        var filters = new Div(search, filtersToggle, more);
        filters.addClassName("filter-bar");
        // managers take the view away as CSV, as they do the inquiries
        export = new CsvExportLink(exporter::fileName, () -> {
            ContactFilter shown = filter();
            return (language, out) -> exporter.write(shown, out);
        });
        export.setVisible(authentication.hasRole(Role.MANAGER_ROLE));
        var header = new Div(heading, export);
        header.addClassName("grid-header");
        add(header, filters, grid);
        PhoneWidth.follow(this, this::setCompact);
    }

    ContactFilter filter() {
        String text = search.getValue().strip();
        ContactQueries.OrganisationOption chosen = organisation.getValue();
        ProductLineSummary line = productLine.getValue();
        Instant from = lastContactFrom.getValue() == null
                ? null
                : lastContactFrom.getValue().atStartOfDay(zone).toInstant();
        return new ContactFilter(
                text.isEmpty() ? null : text,
                country.getValue(),
                chosen == null ? null : chosen.id(),
                line == null ? null : line.id(),
                from);
    }

    /** Switches between the phone's one compact column and the columns of a wide screen. */
    void setCompact(boolean compact) {
        grid.getColumns().forEach(column -> column.setVisible(compact == (column == compactColumn)));
    }

    private void refresh() {
        pageKeys.reset();
        grid.getDataProvider().refreshAll();
        labelToggle();
    }

    /** The folded filters' button says how many of them are set, so that a phone user sees why rows are missing. */
    private void labelToggle() {
        long set = java.util.stream.Stream.of(
                        country.getValue(), organisation.getValue(), productLine.getValue(), lastContactFrom.getValue())
                .filter(java.util.Objects::nonNull)
                .count();
        filtersToggle.setText(set == 0 ? getTranslation("filter.toggle") : getTranslation("filter.toggle.set", set));
    }

    private static @Nullable String companyOf(ContactRow row) {
        if (row.organisation() != null
                && row.company() != null
                && !row.company().equals(row.organisation())) {
            return row.company() + " · " + row.organisation();
        }
        return row.company() != null ? row.company() : row.organisation();
    }

    private String countsOf(ContactRow row) {
        InquiryCounts counts = row.counts();
        return getTranslation("contacts.counts", counts.open(), counts.won(), counts.lost());
    }

    private String countryName(@Nullable String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(getLocale());
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("contacts.title"));
        search.setLabel(getTranslation("contacts.search"));
        search.setPlaceholder(getTranslation("contacts.search.placeholder"));
        country.setLabel(getTranslation("contacts.country"));
        organisation.setLabel(getTranslation("contacts.organisation"));
        productLine.setLabel(getTranslation("contacts.productLine"));
        lastContactFrom.setLabel(getTranslation("contacts.lastContactFrom"));
        nameColumn.setHeader(getTranslation("contacts.name"));
        emailColumn.setHeader(getTranslation("contacts.email"));
        companyColumn.setHeader(getTranslation("contacts.company"));
        countryColumn.setHeader(getTranslation("contacts.country"));
        lastContactColumn.setHeader(getTranslation("contacts.lastContact"));
        inquiriesColumn.setHeader(getTranslation("contacts.inquiries"));
        compactColumn.setHeader(getTranslation("contacts.title"));
        labelToggle();
        // country and product line names are words of the language just chosen
        country.getDataProvider().refreshAll();
        productLine.getDataProvider().refreshAll();
        pageKeys.reset();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title");
    }
}
