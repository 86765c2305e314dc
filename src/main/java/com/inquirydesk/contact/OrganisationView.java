package com.inquirydesk.contact;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FactRows;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.base.ui.RouteIds;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** An organisation: its name (which staff may change from the domain it started as), its domain and its people. */
@Route("organisations/:id")
@RolesAllowed(Role.SALES_ROLE)
class OrganisationView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Contacts contacts;
    private final ContactEditing editing;
    private final ZoneId zone;
    private ContactQueries.@Nullable OrganisationOption organisation;

    OrganisationView(Contacts contacts, ContactEditing editing, CompanyZone zone) {
        this.contacts = contacts;
        this.editing = editing;
        this.zone = zone.zone();
        addClassName("contact-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisation = RouteIds.find(event, ID, contacts::organisation).orElse(null);
        show();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show();
    }

    private void show() {
        removeAll();
        ContactQueries.OrganisationOption shown = organisation;
        if (shown == null) {
            return;
        }
        var back = new RouterLink(getTranslation("contact.back"), ContactsView.class);
        back.addClassName("back-link");
        var rename = new Button(
                getTranslation("organisation.rename"),
                VaadinIcon.EDIT.create(),
                click -> new RenameDialog(shown).open());
        var header = new Div(new H2(shown.name()), rename);
        header.addClassName("detail-header");
        var domain = FactRows.row(getTranslation("organisation.domain"), new Span(shown.domain()));
        var people = new UnorderedList();
        people.addClassName("contact-inquiries");
        for (ContactRow person : contacts.peopleOf(shown.id())) {
            var about = new Span(
                    person.email() + " · " + DAY.format(person.lastContactAt().atZone(zone)));
            about.addClassName("secondary");
            people.add(new ListItem(
                    new RouterLink(
                            person.name(),
                            ContactView.class,
                            new RouteParameters(ContactView.ID, String.valueOf(person.id()))),
                    new Div(about)));
        }
        var facts = new Div(domain, new H3(getTranslation("organisation.contacts")), people);
        facts.addClassName("detail-facts");
        add(back, header, facts);
    }

    /** A new name for the organisation. */
    private final class RenameDialog extends Dialog {

        final TextField name = new TextField(getTranslation("organisation.name"));
        private final FieldErrors errors = new FieldErrors(OrganisationView.this);

        RenameDialog(ContactQueries.OrganisationOption shown) {
            setHeaderTitle(getTranslation("organisation.rename.title"));
            setWidth("min(30em, 95vw)");
            name.setWidthFull();
            name.setMaxLength(Organisation.NAME_MAX_LENGTH);
            name.setValue(shown.name());
            errors.bind("name", name);
            var save = new Button(getTranslation("action.save"), click -> save(shown.id()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(name);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        }

        private void save(long id) {
            try {
                editing.renameOrganisation(id, name.getValue());
            } catch (InvalidInputException refused) {
                errors.show(refused);
                return;
            }
            close();
            Notification.show(getTranslation("organisation.renamed"), 3000, Notification.Position.BOTTOM_START);
            organisation = contacts.organisation(id).orElse(null);
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return organisation == null ? getTranslation("contacts.title") : organisation.name();
    }
}
