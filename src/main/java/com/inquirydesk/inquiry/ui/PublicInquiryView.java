package com.inquirydesk.inquiry.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.IntakeService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The public page: the company's contact card, its product lines and the inquiry form, in English or
 * Chinese. {@code ?lang=zh} or {@code ?lang=en} in the address picks the language, e.g. for links from
 * the company website.
 */
@Route("")
@AnonymousAllowed
class PublicInquiryView extends Div implements LocaleChangeObserver, BeforeEnterObserver, HasDynamicTitle {

    private final CompanyCard company;
    private final List<ProductLineSummary> productLines;

    private final H1 heading = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Section contactCard = new Section();
    private final Section productSection = new Section();

    PublicInquiryView(CatalogService catalog, IntakeService intake, Clock clock) {
        this.company = catalog.companyCard();
        this.productLines = catalog.activeProductLines();
        addClassName("public-page");

        var header = new Header(new Div(heading, tagline), new LanguageSwitcher());
        header.addClassName("public-header");
        contactCard.addClassName("contact-card");
        productSection.addClassName("product-lines");
        var aside = new Div(contactCard, productSection);
        aside.addClassName("public-aside");
        var main = new Main(new InquiryForm(intake, productLines, clock), aside);
        main.addClassName("public-main");
        add(header, main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("lang")
                .flatMap(Language::fromCode)
                .ifPresent(LanguageSwitcher::switchTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        getElement().setAttribute("lang", language == Language.ZH ? "zh-CN" : "en");
        heading.setText(company.name(language).isBlank() ? getTranslation("public.heading") : company.name(language));
        tagline.setText(getTranslation("public.tagline"));
        renderContactCard(language);
        renderProductLines(language);
    }

    private void renderContactCard(Language language) {
        contactCard.removeAll();
        var list = new Div();
        list.addClassName("contact-list");
        list.add(contactRow(
                "contact.tel", new Anchor("tel:" + company.tel().replaceAll("[^0-9+]", ""), company.tel())));
        list.add(contactRow("contact.email", new Anchor("mailto:" + company.email(), company.email())));
        if (!company.postCode().isBlank()) {
            list.add(contactRow("contact.postCode", new Span(company.postCode())));
        }
        list.add(contactRow("contact.address", new Span(company.address(language))));
        contactCard.add(new H2(getTranslation("contact.title")), list);
    }

    private Div contactRow(String labelKey, com.vaadin.flow.component.Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("contact-label");
        var row = new Div(label, value);
        row.addClassName("contact-row");
        return row;
    }

    private void renderProductLines(Language language) {
        productSection.removeAll();
        var list = new UnorderedList();
        for (ProductLineSummary line : productLines) {
            var item = new ListItem(new H3(line.name(language)));
            if (!line.description(language).isBlank()) {
                item.add(new Paragraph(line.description(language)));
            }
            list.add(item);
        }
        productSection.add(new H2(getTranslation("products.title")), list);
    }
}
