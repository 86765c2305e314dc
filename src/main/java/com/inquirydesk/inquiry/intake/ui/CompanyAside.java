package com.inquirydesk.inquiry.intake.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.catalog.ProductLineSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The company's contact card and its product lines, beside the form: what a client looks for first. It is read,
 * never clicked on the server, so it is one element of plain HTML rather than a component per line: each visitor's
 * view holds one node for it instead of about fifty. The text is escaped as it is written, and the markup passes
 * a safelist on top.
 */
class CompanyAside extends Composite<Html> {

    private static final String ROOT = "<div class=\"public-aside\"></div>";

    private final CatalogService catalog;

    CompanyAside(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    protected Html initContent() {
        return new Html(ROOT, CompanyAside::safelist);
    }

    /** Fills the card and the lines in a language; called again when the visitor switches. */
    void show(Language language) {
        getContent().setHtmlContent(markup(language));
    }

    private String markup(Language language) {
        CompanyCard company = catalog.companyCard();
        var aside = new Element("div").addClass("public-aside");
        var card = aside.appendElement("div").addClass("contact-card");
        card.appendElement("h2").text(getTranslation("contact.title"));
        if (!company.name(language).isBlank()) {
            card.appendElement("p").addClass("company-name").text(company.name(language));
        }
        row(card, "contact.tel")
                .appendElement("a")
                .attr("href", "tel:" + company.tel().replaceAll("[^0-9+]", ""))
                .text(company.tel());
        row(card, "contact.email")
                .appendElement("a")
                .attr("href", "mailto:" + company.email())
                .text(company.email());
        if (!company.postCode().isBlank()) {
            row(card, "contact.postCode").appendElement("span").text(company.postCode());
        }
        if (!company.address(language).isBlank()) {
            row(card, "contact.address").appendElement("span").text(company.address(language));
        }
        var products = aside.appendElement("div").addClass("products");
        products.appendElement("h2").text(getTranslation("products.title"));
        var lines = products.appendElement("ul").addClass("product-lines");
        for (ProductLineSummary line : catalog.activeProductLines()) {
            var item = lines.appendElement("li");
            item.appendElement("h3").text(line.name(language));
            if (!line.description(language).isBlank()) {
                item.appendElement("p").text(line.description(language));
            }
        }
        return aside.outerHtml();
    }

    private Element row(Element card, String labelKey) {
        var row = card.appendElement("div").addClass("contact-row");
        row.appendElement("span").addClass("contact-label").text(getTranslation(labelKey));
        return row;
    }

    /** What the aside is made of, and nothing else. */
    private static Safelist safelist() {
        return Safelist.none()
                .addTags("div", "span", "h2", "h3", "ul", "li", "p", "a")
                .addAttributes(":all", "class")
                .addAttributes("a", "href")
                .addProtocols("a", "href", "tel", "mailto");
    }
}
