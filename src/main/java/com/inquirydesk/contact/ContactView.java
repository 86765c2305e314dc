package com.inquirydesk.contact;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One client's page: their details as last given, their organisation, and every inquiry they sent, newest first,
 * each a link to its detail view.
 */
@Route("contacts/:id")
@RolesAllowed(Role.SALES_ROLE)
class ContactView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Contacts contacts;
    private final CatalogService catalog;
    private final ZoneId zone;
    private @Nullable ContactRow contact;

    ContactView(Contacts contacts, CatalogService catalog, CompanyZone zone) {
        this.contacts = contacts;
        this.catalog = catalog;
        this.zone = zone.zone();
        addClassName("contact-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
        } catch (NumberFormatException notANumber) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        contact = contacts.contact(id).orElse(null);
        if (contact == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
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
        var body = new Div(facts(shown), inquiries(shown));
        body.addClassName("detail-body");
        add(back, heading, body);
    }

    private Component facts(ContactRow shown) {
        var facts = new Div();
        facts.addClassName("detail-facts");
        facts.add(row("contact.email", new Anchor("mailto:" + shown.email(), shown.email())));
        fact(facts, "contact.company", shown.company());
        fact(facts, "contact.organisation", shown.organisation());
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
        return facts;
    }

    private Component inquiries(ContactRow shown) {
        var section = new Div(new H3(getTranslation("contact.inquiries")));
        section.addClassName("detail-facts");
        List<ContactInquiry> list = contacts.inquiriesOf(shown.id());
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("contact.noInquiries")));
            return section;
        }
        Language language = Language.of(getLocale());
        Map<Long, String> lines = catalog.productLinesForStaff().stream()
                .filter(line -> line.id() != null)
                .collect(Collectors.toMap(ProductLineSummary::id, line -> line.name(language)));
        var items = new UnorderedList();
        items.addClassName("contact-inquiries");
        for (ContactInquiry inquiry : list) {
            var link = new Anchor(inquiry.route(), inquiry.reference() + " · " + inquiry.subject());
            link.getElement().setAttribute("router-link", true);
            var about = new Span(time(inquiry.receivedAt()) + " · " + getTranslation(inquiry.statusKey())
                    + lineName(lines, inquiry.productLineId()));
            about.addClassName("secondary");
            items.add(new ListItem(link, new Div(about)));
        }
        section.add(items);
        if (list.size() == Contacts.INQUIRIES_SHOWN) {
            section.add(new Paragraph(getTranslation("contact.moreInquiries", Contacts.INQUIRIES_SHOWN)));
        }
        return section;
    }

    private static String lineName(Map<Long, String> lines, long id) {
        String name = lines.get(id);
        return name == null ? "" : " · " + name;
    }

    private void fact(Div facts, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(row(key, new Span(value)));
        }
    }

    private Div row(String key, Component value) {
        var label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        var row = new Div(label, value);
        row.addClassName("fact");
        return row;
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return contact == null ? getTranslation("contacts.title") : contact.name();
    }
}
