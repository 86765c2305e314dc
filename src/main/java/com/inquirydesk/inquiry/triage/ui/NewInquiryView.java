package com.inquirydesk.inquiry.triage.ui;

import static com.inquirydesk.inquiry.domain.InquiryLimits.*;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A form for an inquiry a client made by phone, at a visit, at a trade fair or by mail to a staff member, who enters
 * it here: the public form's fields, where it came from, the staff member's note of how the client agreed to be
 * contacted (in place of the consent box), and whether the client gets an acknowledgement (not unless asked). A page
 * of its own rather than a dialog, so that it scrolls as one page on a phone.
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
    final TextField name = new TextField();
    final TextField company = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<ProductLineSummary> productLine = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea message = new TextArea();
    final Select<Language> language = new Select<>();
    final TextField consentNote = new TextField();
    final Checkbox acknowledge = new Checkbox();
    final Button save = new Button();
    private final Button cancel = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    NewInquiryView(IntakeService intake, StaffService staff, CatalogService catalog, CompanyZone zone) {
        this.intake = intake;
        this.staff = staff;
        this.labels = new InquiryLabels(this, catalog, staff, zone.zone());
        addClassName("new-inquiry");

        source.setItems(InquirySource.enteredByStaff());
        source.setValue(InquirySource.PHONE);
        source.setEmptySelectionAllowed(false);
        name.setMaxLength(NAME_MAX_LENGTH);
        company.setMaxLength(COMPANY_MAX_LENGTH);
        email.setMaxLength(EMAIL_MAX_LENGTH);
        phone.setMaxLength(PHONE_MAX_LENGTH);
        phone.getElement().setAttribute("inputmode", "tel");
        country.setClearButtonVisible(true);
        productLine.setItems(labels.activeProductLines());
        subject.setMaxLength(SUBJECT_MAX_LENGTH);
        message.setMaxLength(MESSAGE_MAX_LENGTH);
        message.setMinRows(4);
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> value == Language.ZH ? "中文" : "English");
        language.setEmptySelectionAllowed(false);
        consentNote.setMaxLength(CONSENT_NOTE_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        productLine.setRequiredIndicatorVisible(true);
        subject.setRequiredIndicatorVisible(true);
        message.setRequiredIndicatorVisible(true);
        consentNote.setRequiredIndicatorVisible(true);
        // The server's verdict is shown at the fields; the browser's own checks would clear it
        name.setManualValidation(true);
        company.setManualValidation(true);
        email.setManualValidation(true);
        phone.setManualValidation(true);
        country.setManualValidation(true);
        productLine.setManualValidation(true);
        subject.setManualValidation(true);
        message.setManualValidation(true);
        consentNote.setManualValidation(true);
        errors.bind("name", name)
                .bind("company", company)
                .bind("email", email)
                .bind("phone", phone)
                .bind("country", country)
                .bind("productLine", productLine)
                .bind("subject", subject)
                .bind("message", message)
                .bind("language", language)
                .bind("consentNote", consentNote);

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(source, language, name, company, email, phone, country, productLine);
        form.add(subject, 2);
        form.add(message, 2);
        form.add(consentNote, 2);
        form.add(acknowledge, 2);
        form.setMaxWidth("60em");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> UI.getCurrent().navigate(InquiriesView.class));
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");

        add(back, heading, form, buttons);
    }

    private void save() {
        errors.clear();
        ProductLineSummary line = productLine.getValue();
        var request = new InquiryRequest(
                name.getValue(),
                company.getValue(),
                email.getValue(),
                phone.getValue(),
                country.getValue(),
                line == null ? null : line.code(),
                subject.getValue(),
                message.getValue(),
                language.getValue().code(),
                null,
                null);
        String me = staff.current()
                .map(StaffMember::username)
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in"));
        try {
            IntakeReceipt receipt = intake.submit(
                    request,
                    IntakeContext.staff(source.getValue(), me, consentNote.getValue(), acknowledge.getValue()),
                    List.of());
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
            errors.show(refused);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        Language shown = Language.of(locale);
        heading.setText(getTranslation("entry.title"));
        back.setText(getTranslation("detail.back"));
        source.setLabel(getTranslation("entry.source"));
        source.setItemLabelGenerator(labels::source);
        name.setLabel(getTranslation("form.name"));
        company.setLabel(getTranslation("form.company"));
        email.setLabel(getTranslation("form.email"));
        phone.setLabel(getTranslation("form.phone"));
        country.setLabel(getTranslation("form.country"));
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        String chosenCountry = country.getValue();
        Collator collator = Collator.getInstance(locale);
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale), collator))
                .toList());
        country.setValue(chosenCountry);
        productLine.setLabel(getTranslation("form.productLine"));
        productLine.setPlaceholder(getTranslation("form.productLine.placeholder"));
        productLine.setItemLabelGenerator(line -> line.name(shown));
        subject.setLabel(getTranslation("form.subject"));
        message.setLabel(getTranslation("form.message"));
        language.setLabel(getTranslation("form.replyLanguage"));
        if (language.getValue() == null) {
            language.setValue(shown);
        }
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
