package com.inquirydesk.inquiry.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.IntakeService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The public page: the company's contact card, its product lines and the inquiry form, in English or
 * Chinese. {@code ?lang=zh} or {@code ?lang=en} in the address picks the language, e.g. for links from
 * the company website.
 *
 * <p>The heading, the contact card and the product lines do nothing but show text, so each is one piece of
 * HTML ({@link Html}) rather than a tree of components: every visitor has a UI of their own on the server, and
 * each component in it costs memory for as long as the visitor's session lives.
 */
@Route("")
@AnonymousAllowed
class PublicInquiryView extends Div implements LocaleChangeObserver, BeforeEnterObserver, HasDynamicTitle {

    private final CompanyCard company;
    private final List<ProductLineSummary> productLines;

    private final Html heading = new Html("<div class=\"public-heading\"></div>");
    private final Html aside = new Html("<div class=\"public-aside\"></div>");

    PublicInquiryView(CatalogService catalog, IntakeService intake, Clock clock) {
        this.company = catalog.companyCard();
        this.productLines = catalog.activeProductLines();
        addClassName("public-page");

        var header = new Header(heading, new LanguageSwitcher());
        header.addClassName("public-header");
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
        String name = company.name(language).isBlank() ? getTranslation("public.heading") : company.name(language);
        heading.setHtmlContent("<div class=\"public-heading\">" + element("h1", name)
                + element("p", getTranslation("public.tagline")) + "</div>");
        aside.setHtmlContent(
                "<div class=\"public-aside\">" + contactCard(language) + productLines(language) + "</div>");
    }

    private String contactCard(Language language) {
        var rows = new StringBuilder();
        rows.append(contactRow("contact.tel", link("tel:" + company.tel().replaceAll("[^0-9+]", ""), company.tel())));
        rows.append(contactRow("contact.email", link("mailto:" + company.email(), company.email())));
        if (!company.postCode().isBlank()) {
            rows.append(contactRow("contact.postCode", element("span", company.postCode())));
        }
        rows.append(contactRow("contact.address", element("span", company.address(language))));
        return "<section class=\"contact-card\">" + element("h2", getTranslation("contact.title"))
                + "<div class=\"contact-list\">" + rows + "</div></section>";
    }

    private String contactRow(String labelKey, String value) {
        return "<div class=\"contact-row\"><span class=\"contact-label\">" + escape(getTranslation(labelKey))
                + "</span>" + value + "</div>";
    }

    private String productLines(Language language) {
        var items = new StringBuilder();
        for (ProductLineSummary line : productLines) {
            items.append("<li>").append(element("h3", line.name(language)));
            if (!line.description(language).isBlank()) {
                items.append(element("p", line.description(language)));
            }
            items.append("</li>");
        }
        return "<section class=\"product-lines\">" + element("h2", getTranslation("products.title")) + "<ul>" + items
                + "</ul></section>";
    }

    private static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">";
    }

    private static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** Text as HTML: what administrators typed into the company profile or a product line is shown, never run. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
