package com.inquirydesk.contact;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.Badges;
import com.inquirydesk.base.ui.FactRows;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.base.ui.RouteIds;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One client's page: their details as last given, their organisation, the consents they gave, and one timeline of
 * every inquiry they sent and every mail about them, newest first, each a link to its inquiry's detail view.
 */
@Route("contacts/:id")
@RolesAllowed(Role.SALES_ROLE)
class ContactView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Contacts contacts;
    private final ContactEditing editing;
    private final PersonalDataRights rights;
    private final boolean administrator;
    private final CatalogService catalog;
    private final ZoneId zone;
    private @Nullable ContactRow contact;

    ContactView(
            Contacts contacts,
            ContactEditing editing,
            PersonalDataRights rights,
            CatalogService catalog,
            CompanyZone zone,
            AuthenticationContext authentication) {
        this.contacts = contacts;
        this.editing = editing;
        this.rights = rights;
        this.administrator = authentication.hasRole(Role.ADMIN_ROLE);
        this.catalog = catalog;
        this.zone = zone.zone();
        addClassName("contact-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contact = RouteIds.find(event, ID, contacts::contact).orElse(null);
        show();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show();
    }

    private void show() {
        removeAll();
        ContactRow shown = contact;
        if (shown == null) {
            return;
        }
        var back = new RouterLink(getTranslation("contact.back"), ContactsView.class);
        back.addClassName("back-link");
        var heading = new H2(shown.name());
        var edit = new Button(
                getTranslation("contact.edit"), VaadinIcon.EDIT.create(), click -> new EditDialog(shown).open());
        var merge = new Button(
                getTranslation("contact.merge"), VaadinIcon.COMPRESS.create(), click -> new MergeDialog(shown).open());
        var actions = new Div(edit, merge);
        actions.addClassName("row-actions");
        if (administrator) {
            // the client's rights: everything held about them in one file, and its erasure
            var download = new Anchor(
                    (DownloadHandler) event -> {
                        event.setFileName(rights.fileName(shown.id()));
                        event.setContentType("application/zip");
                        rights.download(shown.id(), event.getOutputStream());
                    },
                    getTranslation("contact.download"));
            download.addClassName("download-personal-data");
            var erase = new Button(
                    getTranslation("contact.erase"), VaadinIcon.TRASH.create(), click -> new EraseDialog(shown).open());
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(download, erase);
        }
        var header = new Div(heading, actions);
        header.addClassName("detail-header");
        List<ContactInquiry> inquiries = contacts.inquiriesOf(shown.id());
        var body = new Div(facts(shown, inquiries), history(inquiries, contacts.mailsAbout(inquiries)));
        body.addClassName("detail-body");
        add(back, header, body);
    }

    private Component facts(ContactRow shown, List<ContactInquiry> inquiries) {
        var facts = new Div();
        facts.addClassName("detail-facts");
        facts.add(row("contact.email", new Anchor("mailto:" + shown.email(), shown.email())));
        fact(facts, "contact.company", shown.company());
        if (shown.organisationId() != null && shown.organisation() != null) {
            facts.add(row(
                    "contact.organisation",
                    new RouterLink(
                            shown.organisation(),
                            OrganisationView.class,
                            new RouteParameters(OrganisationView.ID, String.valueOf(shown.organisationId())))));
        }
        fact(facts, "contact.phone", shown.phone());
        fact(
                facts,
                "contact.country",
                shown.country() == null ? null : Locale.of("", shown.country()).getDisplayCountry(getLocale()));
        fact(facts, "contact.language", getTranslation("language." + shown.language()));
        fact(facts, "contact.firstContact", time(shown.firstContactAt()));
        fact(facts, "contact.lastContact", time(shown.lastContactAt()));
        InquiryCounts counts = shown.counts();
        fact(
                facts,
                "contact.inquiryCounts",
                getTranslation("contacts.counts", counts.open(), counts.won(), counts.lost()));
        // each consent the client gave: when, by which channel, to which text (or as staff noted it)
        var consents = new UnorderedList();
        consents.addClassName("contact-consents");
        for (ContactInquiry inquiry : inquiries) {
            String how = inquiry.consentNote() != null
                    ? getTranslation("contact.consent.note", inquiry.consentNote())
                    : inquiry.consentVersion() == null
                            ? getTranslation("contact.consent.mail")
                            : getTranslation("contact.consent.form", inquiry.consentVersion());
            consents.add(new ListItem(time(inquiry.consentAt()) + " · " + getTranslation(inquiry.sourceKey()) + " · "
                    + how + " (" + inquiry.reference() + ")"));
        }
        if (!inquiries.isEmpty()) {
            facts.add(new H3(getTranslation("contact.consents")), consents);
        }
        return facts;
    }

    /** The client's inquiries and the mails about them, in one timeline, newest first. */
    private Component history(List<ContactInquiry> list, List<ContactMail> mails) {
        var section = new Div(new H3(getTranslation("contact.history")));
        section.addClassName("detail-facts");
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("contact.noInquiries")));
            return section;
        }
        Language language = Language.of(getLocale());
        Map<Long, String> lines = catalog.productLinesForStaff().stream()
                .filter(line -> line.id() != null)
                .collect(Collectors.toMap(ProductLineSummary::id, line -> line.name(language)));
        Map<Long, ContactInquiry> byId =
                list.stream().collect(Collectors.toMap(ContactInquiry::id, Function.identity()));
        var moments = new ArrayList<Moment>();
        // the mails first: at the same moment, the acknowledgement shows above the inquiry it answers
        for (ContactMail mail : mails) {
            ContactInquiry inquiry = byId.get(mail.inquiryId());
            if (inquiry == null) {
                continue;
            }
            moments.add(new Moment(
                    mail.at(),
                    item(
                            mail.fromClient()
                                    ? label(VaadinIcon.ENVELOPE_O, mail.kindKey(), "client-label")
                                    : label(VaadinIcon.PAPERPLANE_O, mail.kindKey(), "reply-label"),
                            inquiry,
                            mail.subject(),
                            time(mail.at()) + " · " + getTranslation(mail.stateKey()) + " · " + inquiry.reference())));
        }
        for (ContactInquiry inquiry : list) {
            moments.add(new Moment(
                    inquiry.receivedAt(),
                    item(
                            label(VaadinIcon.FILE_TEXT_O, "contact.timeline.inquiry", "inquiry-label"),
                            inquiry,
                            inquiry.reference() + " · " + inquiry.subject(),
                            time(inquiry.receivedAt()) + " · " + getTranslation(inquiry.statusKey())
                                    + lineName(lines, inquiry.productLineId()))));
        }
        moments.sort(Comparator.comparing(Moment::at).reversed());
        var items = new UnorderedList();
        items.addClassName("contact-history");
        moments.forEach(moment -> items.add(moment.item()));
        section.add(items);
        if (list.size() == Contacts.INQUIRIES_SHOWN) {
            section.add(new Paragraph(getTranslation("contact.moreInquiries", Contacts.INQUIRIES_SHOWN)));
        }
        return section;
    }

    /**
     * One entry of the timeline: what it is, its title as a link to its inquiry, and when and where it stands. (A
     * mail's subject names the inquiry's reference already; the line below it names it too.)
     */
    private static ListItem item(Span label, ContactInquiry inquiry, String title, String about) {
        var link = new Anchor(inquiry.route(), title.isBlank() ? inquiry.reference() : title);
        link.getElement().setAttribute("router-link", true);
        var secondary = new Span(about);
        secondary.addClassName("secondary");
        // the link in a block of its own: beside the badge it would be a link inside a line of text
        var head = new Div(label, new Div(link));
        head.addClassName("contact-history-head");
        return new ListItem(head, new Div(secondary));
    }

    private Span label(VaadinIcon icon, String key, String className) {
        return Badges.withIcon(icon, getTranslation(key), "timeline-label", className);
    }

    private record Moment(Instant at, ListItem item) {}

    private static String lineName(Map<Long, String> lines, long id) {
        String name = lines.get(id);
        return name == null ? "" : " · " + name;
    }

    private void fact(Div facts, String key, @Nullable String value) {
        FactRows.text(facts, getTranslation(key), value);
    }

    private Div row(String key, Component value) {
        return FactRows.row(getTranslation(key), value);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** Reads the contact again after a change, and shows it. */
    private void reload(long id) {
        contact = contacts.contact(id).orElse(null);
        show();
    }

    /** Staff's correction of the contact's details. */
    private final class EditDialog extends Dialog {

        final TextField name = new TextField(getTranslation("contact.name"));
        final TextField company = new TextField(getTranslation("contact.company"));
        final TextField phone = new TextField(getTranslation("contact.phone"));
        final ComboBox<String> country = new ComboBox<>(getTranslation("contact.country"));
        final Select<String> language = new Select<>();
        private final FieldErrors errors = new FieldErrors(ContactView.this);

        EditDialog(ContactRow shown) {
            setHeaderTitle(getTranslation("contact.edit.title"));
            setWidth("min(36em, 95vw)");
            name.setMaxLength(ContactEditing.NAME_MAX_LENGTH);
            name.setRequired(true);
            company.setMaxLength(ContactEditing.COMPANY_MAX_LENGTH);
            phone.setMaxLength(ContactEditing.PHONE_MAX_LENGTH);
            country.setItems(Arrays.asList(Locale.getISOCountries()));
            country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()));
            country.setClearButtonVisible(true);
            language.setLabel(getTranslation("contact.language"));
            language.setItems("EN", "ZH");
            language.setItemLabelGenerator(code -> getTranslation("contact.language." + code));
            name.setValue(shown.name());
            company.setValue(shown.company() == null ? "" : shown.company());
            phone.setValue(shown.phone() == null ? "" : shown.phone());
            country.setValue(shown.country());
            language.setValue(shown.language());
            errors.bind("name", name)
                    .bind("company", company)
                    .bind("phone", phone)
                    .bind("country", country)
                    .bind("language", language);
            var note = new Paragraph(getTranslation("contact.edit.addressNote"));
            note.addClassName("secondary");
            var form = new FormLayout(name, company, phone, country, language);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
            var save = new Button(getTranslation("action.save"), click -> save(shown.id()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(note, form);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        }

        private void save(long id) {
            try {
                editing.update(
                        id,
                        new ContactDraft(
                                name.getValue(),
                                company.getValue(),
                                phone.getValue(),
                                country.getValue(),
                                language.getValue() == null ? "" : language.getValue()));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                return;
            }
            close();
            Notification.show(getTranslation("contact.edit.saved"), 3000, Notification.Position.BOTTOM_START);
            reload(id);
        }
    }

    /** The client's erasure, confirmed. */
    private final class EraseDialog extends Dialog {

        EraseDialog(ContactRow shown) {
            setHeaderTitle(getTranslation("contact.erase.title", shown.name()));
            setWidth("min(32em, 95vw)");
            add(new Paragraph(getTranslation("contact.erase.explain")));
            var confirm = new Button(getTranslation("contact.erase.confirm"), click -> {
                rights.erase(shown.id());
                close();
                Notification.show(getTranslation("contact.erase.done"), 4000, Notification.Position.BOTTOM_START);
                getUI().ifPresent(ui -> ui.navigate(ContactsView.class));
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        }
    }

    /** Two addresses of one person: another contact merged into this one. */
    private final class MergeDialog extends Dialog {

        final ComboBox<ContactRow> other = new ComboBox<>(getTranslation("contact.merge.other"));

        MergeDialog(ContactRow shown) {
            setHeaderTitle(getTranslation("contact.merge.title", shown.name()));
            setWidth("min(36em, 95vw)");
            other.setWidthFull();
            other.setItems(query -> contacts
                    .page(
                            new ContactFilter(query.getFilter().orElse(null), null, null, null, null),
                            query.getOffset(),
                            query.getLimit())
                    .stream()
                    .filter(row -> row.id() != shown.id()));
            other.setItemLabelGenerator(row -> row.name() + " <" + row.email() + ">");
            var explain = new Paragraph(getTranslation("contact.merge.explain"));
            var confirm = new Button(getTranslation("contact.merge.confirm"), click -> merge(shown));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.setEnabled(false);
            other.addValueChangeListener(change -> confirm.setEnabled(change.getValue() != null));
            add(other, explain);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        }

        private void merge(ContactRow shown) {
            ContactRow merged = other.getValue();
            if (merged == null) {
                return;
            }
            try {
                editing.merge(merged.id(), shown.id());
            } catch (InvalidInputException refused) {
                Notification.show(
                                getTranslation(refused.violations().getFirst().messageKey()),
                                5000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            close();
            Notification.show(
                    getTranslation("contact.merge.done", merged.email()), 4000, Notification.Position.BOTTOM_START);
            reload(shown.id());
        }
    }

    @Override
    public String getPageTitle() {
        return contact == null ? getTranslation("contacts.title") : contact.name();
    }
}
