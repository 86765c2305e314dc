package com.inquirydesk.inquiry.intake.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.catalog.ProductLineSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The company's contact card and its product lines, beside the form: what a client looks for first. */
class CompanyAside extends Div {

    private final CatalogService catalog;

    CompanyAside(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("public-aside");
    }

    /** Fills the card and the lines in a language; called again when the visitor switches. */
    void show(Language language) {
        removeAll();
        CompanyCard company = catalog.companyCard();
        var card = new Div(new H2(getTranslation("contact.title")));
        card.addClassName("contact-card");
        card.add(row("contact.tel", new Anchor("tel:" + company.tel().replaceAll("[^0-9+]", ""), company.tel())));
        card.add(row("contact.email", new Anchor("mailto:" + company.email(), company.email())));
        if (!company.postCode().isBlank()) {
            card.add(row("contact.postCode", new Span(company.postCode())));
        }
        if (!company.address(language).isBlank()) {
            card.add(row("contact.address", new Span(company.address(language))));
        }
        var lines = new UnorderedList();
        lines.addClassName("product-lines");
        for (ProductLineSummary line : catalog.activeProductLines()) {
            var item = new ListItem(new H3(line.name(language)));
            if (!line.description(language).isBlank()) {
                item.add(new Paragraph(line.description(language)));
            }
            lines.add(item);
        }
        var products = new Div(new H2(getTranslation("products.title")), lines);
        products.addClassName("products");
        add(card, products);
    }

    private Div row(String labelKey, com.vaadin.flow.component.Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("contact-label");
        var row = new Div(label, value);
        row.addClassName("contact-row");
        return row;
    }
}
