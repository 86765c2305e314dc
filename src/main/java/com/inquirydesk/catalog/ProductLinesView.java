package com.inquirydesk.catalog;

import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Product lines for administrators: names and descriptions in both languages, display order, who receives
 * each line's notifications, which inbound mail belongs to it, and whether clients can choose it.
 */
@Route("admin/product-lines")
@Menu(title = "staff.nav.productLines", order = 40)
@RolesAllowed(Role.ADMIN_ROLE)
class ProductLinesView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final CatalogAdministration administration;
    private final H2 heading = new H2();
    final Button create = new Button();
    final Grid<ProductLineSummary> grid = new Grid<>();

    ProductLinesView(CatalogAdministration administration) {
        this.administration = administration;
        addClassName("admin-view");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new LineDialog(null).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var toolbar = new Div(create);
        toolbar.addClassName("filter-bar");
        add(heading, toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.productLines());
    }

    /**
     * Auto width measures only the rows in view when the grid is first drawn, so the column of the order, whose
     * widest value is the last line's (the unassigned line, 99999), has a width of its own, in rem as header and
     * cells differ in font size; the state's header is wider than its values.
     */
    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(ProductLineSummary::sortOrder)
                .setHeader(getTranslation("catalog.sortOrder"))
                .setWidth("5.25rem")
                .setFlexGrow(0);
        grid.addColumn(ProductLineSummary::code)
                .setHeader(getTranslation("catalog.code"))
                .setAutoWidth(true);
        grid.addColumn(ProductLineSummary::nameEn)
                .setHeader(getTranslation("catalog.nameEn"))
                .setAutoWidth(true);
        grid.addColumn(ProductLineSummary::nameZh)
                .setHeader(getTranslation("catalog.nameZh"))
                .setAutoWidth(true);
        grid.addColumn(this::state)
                .setHeader(getTranslation("catalog.state"))
                .setTooltipGenerator(line -> line.selectable() ? "" : getTranslation("catalog.keywords.unsorted"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    private String state(ProductLineSummary line) {
        if (!line.selectable()) {
            return getTranslation("catalog.unsorted");
        }
        return getTranslation(line.active() ? "catalog.active" : "catalog.inactive");
    }

    /** Edit, and Activate or Deactivate; the line for unsorted mail stays active, as mail routing needs it. */
    private Div actions(ProductLineSummary line) {
        long id = Objects.requireNonNull(line.id(), "stored product line");
        var actions = new Div(new Button(getTranslation("catalog.edit"), click -> new LineDialog(line).open()));
        if (line.selectable()) {
            actions.add(new Button(getTranslation(line.active() ? "catalog.deactivate" : "catalog.activate"), click -> {
                administration.setActive(id, !line.active());
                saved(line.active() ? "catalog.deactivatedMessage" : "catalog.activatedMessage", line.nameEn());
            }));
        }
        actions.getChildren().forEach(button -> {
            ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-line", line.code());
        });
        actions.addClassName("row-actions");
        return actions;
    }

    private void saved(String messageKey, String name) {
        refresh();
        Notification.show(getTranslation(messageKey, name), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Creates a product line, or edits one; its code is set once. */
    class LineDialog extends Dialog {

        final TextField code = new TextField(getTranslation("catalog.code"));
        final TextField nameEn = new TextField(getTranslation("catalog.nameEn"));
        final TextField nameZh = new TextField(getTranslation("catalog.nameZh"));
        final TextArea descriptionEn = new TextArea(getTranslation("catalog.descriptionEn"));
        final TextArea descriptionZh = new TextArea(getTranslation("catalog.descriptionZh"));
        final IntegerField sortOrder = new IntegerField(getTranslation("catalog.sortOrder"));
        final TextArea to = new TextArea(getTranslation("catalog.to"));
        final TextArea cc = new TextArea(getTranslation("catalog.cc"));
        final TextField inboundAddress = new TextField(getTranslation("catalog.inboundAddress"));
        final TextArea keywords = new TextArea(getTranslation("catalog.keywords"));
        final Button save = new Button(getTranslation("action.save"));
        private final FieldErrors errors = new FieldErrors(ProductLinesView.this);
        private final @Nullable ProductLineSummary line;

        LineDialog(@Nullable ProductLineSummary line) {
            this.line = line;
            setHeaderTitle(getTranslation(line == null ? "catalog.new" : "catalog.edit"));
            setWidth("min(44em, 95vw)");
            code.setHelperText(getTranslation("catalog.code.helper"));
            code.setMaxLength(40);
            nameEn.setMaxLength(CatalogAdministration.NAME_MAX_LENGTH);
            nameZh.setMaxLength(CatalogAdministration.NAME_MAX_LENGTH);
            descriptionEn.setMaxLength(CatalogAdministration.DESCRIPTION_MAX_LENGTH);
            descriptionZh.setMaxLength(CatalogAdministration.DESCRIPTION_MAX_LENGTH);
            sortOrder.setMin(0);
            sortOrder.setMax(CatalogAdministration.MAX_SORT_ORDER);
            to.setHelperText(getTranslation("catalog.recipients.helper"));
            cc.setHelperText(getTranslation("catalog.recipients.helper"));
            inboundAddress.setMaxLength(EmailAddresses.MAX_LENGTH);
            inboundAddress.setHelperText(getTranslation("catalog.inboundAddress.helper"));
            keywords.setMaxLength(ProductLineKeywords.MAX_LENGTH);
            keywords.setHelperText(getTranslation("catalog.keywords.helper"));
            if (line == null) {
                sortOrder.setValue(nextSortOrder());
            } else {
                ProductLineDraft draft = administration.draft(Objects.requireNonNull(line.id(), "stored line"));
                code.setValue(draft.code());
                code.setReadOnly(true);
                nameEn.setValue(draft.nameEn());
                nameZh.setValue(draft.nameZh());
                descriptionEn.setValue(draft.descriptionEn());
                descriptionZh.setValue(draft.descriptionZh());
                sortOrder.setValue(draft.sortOrder());
                to.setValue(String.join("\n", draft.to()));
                cc.setValue(String.join("\n", draft.cc()));
                inboundAddress.setValue(draft.inboundAddress());
                keywords.setValue(draft.keywords());
                if (!line.selectable()) {
                    keywords.setReadOnly(true);
                    keywords.setHelperText(getTranslation("catalog.keywords.unsorted"));
                }
            }
            errors.bind("code", code)
                    .bind("nameEn", nameEn)
                    .bind("nameZh", nameZh)
                    .bind("descriptionEn", descriptionEn)
                    .bind("descriptionZh", descriptionZh)
                    .bind("sortOrder", sortOrder)
                    .bind("to", to)
                    .bind("cc", cc)
                    .bind("inboundAddress", inboundAddress)
                    .bind("keywords", keywords);
            var form = new FormLayout(
                    code, sortOrder, nameEn, nameZh, descriptionEn, descriptionZh, to, cc, inboundAddress, keywords);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            form.setColspan(keywords, 2);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            add(form);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        }

        /** After the lines clients choose from; the line for unsorted mail stays last. */
        private int nextSortOrder() {
            int after = administration.productLines().stream()
                            .filter(ProductLineSummary::selectable)
                            .mapToInt(ProductLineSummary::sortOrder)
                            .max()
                            .orElse(0)
                    + 10;
            return Math.min(after, CatalogAdministration.MAX_SORT_ORDER);
        }

        private void save() {
            var draft = new ProductLineDraft(
                    code.getValue(),
                    nameEn.getValue(),
                    nameZh.getValue(),
                    descriptionEn.getValue(),
                    descriptionZh.getValue(),
                    sortOrder.getValue() == null ? -1 : sortOrder.getValue(),
                    lines(to.getValue()),
                    lines(cc.getValue()),
                    inboundAddress.getValue(),
                    keywords.getValue());
            try {
                ProductLineSummary saved = line == null
                        ? administration.create(draft)
                        : administration.update(Objects.requireNonNull(line.id(), "stored line"), draft);
                saved("catalog.savedMessage", saved.nameEn());
                close();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        }

        private static List<String> lines(String value) {
            return Arrays.stream(value.split("[,;\\s]+"))
                    .filter(address -> !address.isBlank())
                    .toList();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("catalog.title"));
        create.setText(getTranslation("catalog.new"));
        columns();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
