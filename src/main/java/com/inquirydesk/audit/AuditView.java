package com.inquirydesk.audit;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.ui.IsoDates;
import com.inquirydesk.base.ui.PhoneWidth;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for administrators: newest first, by user, by action and by days (ISO dates, both included, as
 * days of the company's zone), loaded page by page without counting. On a phone each change is one compact row.
 */
@Route("admin/audit")
@Menu(title = "staff.nav.audit", order = 70)
@RolesAllowed(Role.ADMIN_ROLE)
class AuditView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final H2 heading = new H2();
    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker fromDay = new DatePicker();
    final DatePicker toDay = new DatePicker();
    final Grid<AuditRecord> grid = new Grid<>();
    private final Grid.Column<AuditRecord> timeColumn;
    private final Grid.Column<AuditRecord> actorColumn;
    private final Grid.Column<AuditRecord> actionColumn;
    private final Grid.Column<AuditRecord> targetColumn;
    private final Grid.Column<AuditRecord> detailsColumn;
    private final Grid.Column<AuditRecord> compactColumn;

    AuditView(AuditTrail trail, CompanyZone zone) {
        var labels = new AuditLabels(this);
        addClassName("admin-view");
        ZoneId zoneId = zone.zone();
        IsoDates.showIn(fromDay, toDay);
        fromDay.setClearButtonVisible(true);
        toDay.setClearButtonVisible(true);
        // a range that ends before it starts cannot be picked
        fromDay.addValueChangeListener(change -> toDay.setMin(change.getValue()));
        toDay.addValueChangeListener(change -> fromDay.setMax(change.getValue()));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setMaxLength(60);
        action.setItems(trail.actions());
        action.setItemLabelGenerator(labels::action);
        action.setClearButtonVisible(true);
        timeColumn = grid.addColumn(entry -> TIME.format(entry.occurredAt().atZone(zoneId)))
                .setAutoWidth(true)
                .setFlexGrow(0);
        actorColumn = grid.addColumn(entry -> labels.actor(entry.actor()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        actionColumn = grid.addColumn(entry -> labels.action(entry.action()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        targetColumn = grid.addColumn(entry -> labels.target(entry.target()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        detailsColumn = grid.addColumn(labels::changes).setFlexGrow(1);
        // the phone's list: when and who, what to which, then the changes
        compactColumn = grid.addColumn(LitRenderer.<AuditRecord>of("<div class=\"compact-row\">"
                        + "<div class=\"compact-line secondary\"><span>${item.time}</span>"
                        + "<span>${item.actor}</span></div>"
                        + "<div><strong>${item.action}</strong> · ${item.target}</div>"
                        + "<div class=\"audit-changes\">${item.changes}</div></div>")
                .withProperty("time", entry -> TIME.format(entry.occurredAt().atZone(zoneId)))
                .withProperty("actor", entry -> labels.actor(entry.actor()))
                .withProperty("action", entry -> labels.action(entry.action()))
                .withProperty("target", entry -> labels.target(entry.target()))
                .withProperty("changes", labels::changes));
        compactColumn.setVisible(false);
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> trail
                .newestFirst(
                        new AuditFilter(blankToNull(actor.getValue()), action.getValue(), null, null)
                                .days(fromDay.getValue(), toDay.getValue(), zoneId),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        actor.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        fromDay.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        toDay.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var filters = new Div(actor, action, fromDay, toDay);
        filters.addClassName("filter-bar");
        add(heading, filters, grid);
        PhoneWidth.follow(this, this::setCompact);
    }

    /** Switches between the phone's one compact column and the columns of a wide screen. */
    void setCompact(boolean compact) {
        grid.getColumns().forEach(column -> column.setVisible(compact == (column == compactColumn)));
    }

    private static @Nullable String blankToNull(String value) {
        String username = value.strip().toLowerCase(Locale.ROOT);
        return username.isEmpty() ? null : username;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("audit.title"));
        actor.setLabel(getTranslation("audit.actor"));
        action.setLabel(getTranslation("audit.action"));
        fromDay.setLabel(getTranslation("audit.fromDay"));
        toDay.setLabel(getTranslation("audit.toDay"));
        timeColumn.setHeader(getTranslation("audit.time"));
        actorColumn.setHeader(getTranslation("audit.actor"));
        actionColumn.setHeader(getTranslation("audit.action"));
        targetColumn.setHeader(getTranslation("audit.target"));
        detailsColumn.setHeader(getTranslation("audit.details"));
        compactColumn.setHeader(getTranslation("audit.title"));
        // the cells and the actions to choose from are words in the language just chosen
        action.getDataProvider().refreshAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
