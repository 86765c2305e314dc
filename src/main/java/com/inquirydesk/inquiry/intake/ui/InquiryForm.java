package com.inquirydesk.inquiry.intake.ui;

import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/**
 * The client's own inquiry form: the {@link InquiryFields}, the client's consent, and a honeypot for bots. The
 * fill time is the view's to measure.
 */
class InquiryForm extends InquiryFields {

    final Checkbox consent = new Checkbox();
    /** The honeypot: hidden from people by its style and from assistive technology, filled in by bots. */
    final TextField website = new TextField();

    InquiryForm(IntakeService intake, CatalogService catalog) {
        super(intake, catalog);
        website.addClassName("website-field");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        consent.setRequiredIndicatorVisible(true);
        checked("consent", consent);
        carried("website", website);
        add(consent, website);
        setColspan(consent, 2);
    }

    /** The labels, and the texts that speak to the client, in the visitor's language. */
    @Override
    public void translate(Locale locale) {
        super.translate(locale);
        email.setHelperText(getTranslation("form.email.helper"));
        consent.setLabel(getTranslation("form.consent"));
        website.setLabel(getTranslation("form.website"));
    }
}
