package com.inquirydesk.contact;

import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The free-mail domains for administrators: the list, a field to add one, and a button to take one off, each
 * change explained before it is made (it moves people in or out of an organisation) and audited.
 */
@Route("admin/free-mail-domains")
@Menu(title = "staff.nav.freeMail", order = 55)
@RolesAllowed(Role.ADMIN_ROLE)
class FreeMailDomainsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final FreeMailAdministration administration;
    private final H2 heading = new H2();
    private final Paragraph explanation = new Paragraph();
    final TextField domain = new TextField();
    final Button add = new Button();
    final Grid<String> grid = new Grid<>();
    private final FieldErrors errors = new FieldErrors(this);

    FreeMailDomainsView(FreeMailAdministration administration) {
        this.administration = administration;
        addClassName("admin-view");
        explanation.addClassName("secondary");
        domain.setMaxLength(FreeMailAdministration.DOMAIN_MAX_LENGTH);
        domain.setClearButtonVisible(true);
        domain.addKeyPressListener(Key.ENTER, press -> add());
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> add());
        errors.bind("domain", domain);
        var toolbar = new Div(domain, add);
        toolbar.addClassName("filter-bar");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(heading, explanation, toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.domains());
    }

    private void add() {
        String added;
        try {
            added = administration.add(domain.getValue());
        } catch (InvalidInputException refused) {
            errors.show(refused);
            return;
        }
        domain.clear();
        domain.setInvalid(false);
        refresh();
        Notification.show(getTranslation("freeMail.added", added), 4000, Notification.Position.BOTTOM_START);
    }

    private Button removeButton(String listed) {
        var remove = new Button(getTranslation("freeMail.remove"), VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("freeMail.remove.label", listed));
        remove.addClickListener(click -> new RemoveDialog(listed).open());
        return remove;
    }

    /** Taking a domain off the list, confirmed: its people will form an organisation. */
    private final class RemoveDialog extends Dialog {

        RemoveDialog(String listed) {
            setHeaderTitle(getTranslation("freeMail.remove.title", listed));
            setWidth("min(32em, 95vw)");
            add(new Paragraph(getTranslation("freeMail.remove.explain", listed)));
            var confirm = new Button(getTranslation("freeMail.remove"), click -> {
                try {
                    administration.remove(listed);
                } catch (InvalidInputException gone) {
                    Notification.show(
                                    getTranslation(gone.violations().getFirst().messageKey()),
                                    5000,
                                    Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                close();
                refresh();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("freeMail.title"));
        explanation.setText(getTranslation("freeMail.explain"));
        domain.setLabel(getTranslation("freeMail.domain"));
        domain.setPlaceholder("example.com");
        add.setText(getTranslation("freeMail.add"));
        grid.removeAllColumns();
        grid.addColumn(listed -> listed)
                .setKey("domain")
                .setHeader(getTranslation("freeMail.domain"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::removeButton)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("freeMail.title");
    }
}
