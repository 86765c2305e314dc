package com.inquirydesk.inquiry.triage.ui;

import static com.inquirydesk.inquiry.domain.InquiryLimits.CONSENT_NOTE_MAX_LENGTH;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.intake.ui.Attachments;
import com.inquirydesk.inquiry.intake.ui.InquiryFields;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * A form for an inquiry a client made by phone, at a visit, at a trade fair or by mail to a staff member, who enters
 * it here: the public form's fields and files ({@link InquiryFields}, {@link Attachments}), where it came from, the
 * staff member's note of how the client agreed to be contacted (in place of the consent box), and whether the client
 * gets an acknowledgement (not unless asked). A page of its own rather than a dialog, so that it scrolls as one page
 * on a phone.
 */
@Route("inquiries/new")
@RolesAllowed(Role.SALES_ROLE)
class NewInquiryView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final IntakeService intake;
    private final StaffService staff;
    private final InquiryLabels labels;

    private final H2 heading = new H2();
    private final RouterLink back = new RouterLink("", InquiriesView.class);
    final Select<InquirySource> source = new Select<>();
    final InquiryFields client;
    final Attachments attachments;
    final TextField consentNote = new TextField();
    final Checkbox acknowledge = new Checkbox();
    final Button save = new Button();
    private final Button cancel = new Button();

    NewInquiryView(IntakeService intake, StaffService staff, CatalogService catalog, CompanyZone zone) {
        this.intake = intake;
        this.staff = staff;
        this.labels = new InquiryLabels(this, catalog, staff, zone.zone());
        this.client = new InquiryFields(intake, catalog);
        this.attachments = new Attachments(intake);
        addClassName("new-inquiry");

        source.setItems(InquirySource.enteredByStaff());
        source.setValue(InquirySource.PHONE);
        source.setEmptySelectionAllowed(false);
        consentNote.setMaxLength(CONSENT_NOTE_MAX_LENGTH);
        consentNote.setRequiredIndicatorVisible(true);
        // the note replaces the consent box
        client.check("consentNote", consentNote, intake::checkConsentNote);
        // the client's details, not the staff member's: their browser must not offer its own to fill in
        List.of(client.name, client.company, client.email, client.phone)
                .forEach(field -> field.setAutocomplete(Autocomplete.OFF));
        client.reset(Language.of(getLocale()));
        client.add(attachments, 2);
        client.add(consentNote, 2);
        client.add(acknowledge, 2);
        client.setMaxWidth("60em");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> UI.getCurrent().navigate(InquiriesView.class));
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");

        add(back, heading, source, client, buttons);
    }

    private void save() {
        Optional<InquiryRequest> request = client.request();
        if (request.isEmpty()) {
            return;
        }
        String me = staff.current()
                .map(StaffMember::username)
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
        try {
            IntakeReceipt receipt = intake.submit(
                    request.get(),
                    IntakeContext.staff(source.getValue(), me, consentNote.getValue(), acknowledge.getValue()),
                    attachments.files());
            Notification.show(
                            getTranslation(receipt.repeated() ? "entry.repeated" : "entry.saved", receipt.reference()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent()
                    .navigate(
                            InquiryDetailView.class,
                            new RouteParameters(InquiryDetailView.REFERENCE, receipt.reference()));
        } catch (InvalidInquiryException refused) {
            attachments.show(client.show(refused.violations()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("entry.title"));
        back.setText(getTranslation("detail.back"));
        source.setLabel(getTranslation("entry.source"));
        source.setItemLabelGenerator(labels::source);
        client.translate(event.getLocale());
        attachments.translate();
        consentNote.setLabel(getTranslation("entry.consentNote"));
        consentNote.setHelperText(getTranslation("entry.consentNote.helper"));
        acknowledge.setLabel(getTranslation("entry.acknowledge"));
        save.setText(getTranslation("entry.save"));
        cancel.setText(getTranslation("action.cancel"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.title");
    }
}
