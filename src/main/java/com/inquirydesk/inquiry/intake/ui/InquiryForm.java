package com.inquirydesk.inquiry.intake.ui;

import static com.inquirydesk.inquiry.domain.InquiryLimits.COMPANY_MAX_LENGTH;
import static com.inquirydesk.inquiry.domain.InquiryLimits.EMAIL_MAX_LENGTH;
import static com.inquirydesk.inquiry.domain.InquiryLimits.MESSAGE_MAX_LENGTH;
import static com.inquirydesk.inquiry.domain.InquiryLimits.NAME_MAX_LENGTH;
import static com.inquirydesk.inquiry.domain.InquiryLimits.PHONE_MAX_LENGTH;
import static com.inquirydesk.inquiry.domain.InquiryLimits.SUBJECT_MAX_LENGTH;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inquiry's fields, bound to an {@link InquiryRequest} by a {@link Binder} whose validators are the intake's
 * own rules ({@link IntakeService#check}): a field is checked as the person leaves it, all of them on send, and
 * the service checks everything once more when it stores the inquiry.
 */
class InquiryForm extends FormLayout {

    final TextField name = new TextField();
    final TextField company = new TextField();
    /** A text field, not an email field: the intake's own rule decides, with its own message. */
    final TextField email = new TextField();

    final TextField phone = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<ProductLineSummary> productLine = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea message = new TextArea();
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final Checkbox consent = new Checkbox();
    /** The honeypot: hidden from people by its style and from assistive technology, filled in by bots. */
    final TextField website = new TextField();

    private final IntakeService intake;
    /** Whether the person picked the reply language; until then it follows the page's. */
    private boolean languageChosen;

    private final Binder<InquiryRequest> binder = new Binder<>(InquiryRequest.class);
    /** The bound fields by the names the intake's violations use, in the order of the form. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    InquiryForm(IntakeService intake, CatalogService catalog) {
        this.intake = intake;
        addClassName("inquiry-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
        name.setMaxLength(NAME_MAX_LENGTH);
        company.setMaxLength(COMPANY_MAX_LENGTH);
        email.setMaxLength(EMAIL_MAX_LENGTH);
        phone.setMaxLength(PHONE_MAX_LENGTH);
        subject.setMaxLength(SUBJECT_MAX_LENGTH);
        message.setMaxLength(MESSAGE_MAX_LENGTH);
        message.setValueChangeMode(ValueChangeMode.ON_BLUR);
        name.setAutocomplete(Autocomplete.NAME);
        company.setAutocomplete(Autocomplete.ORGANIZATION);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        phone.setAutocomplete(Autocomplete.TEL);
        language.addValueChangeListener(change -> languageChosen |= change.isFromClient());
        List<ProductLineSummary> lines = catalog.activeProductLines();
        productLine.setItems(lines);
        country.setItems(Arrays.asList(Locale.getISOCountries()));
        country.setClearButtonVisible(true);
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> value == Language.ZH ? "中文" : "English");
        website.addClassName("website-field");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        productLine.setRequiredIndicatorVisible(true);
        subject.setRequiredIndicatorVisible(true);
        message.setRequiredIndicatorVisible(true);
        consent.setRequiredIndicatorVisible(true);

        bind(name, "name");
        bind(company, "company");
        bind(email, "email");
        bind(phone, "phone");
        bind(country, "country");
        fields.put("productLine", productLine);
        binder.forField(productLine)
                .withConverter(
                        line -> line == null ? null : line.code(),
                        code -> lines.stream()
                                .filter(line -> line.code().equals(code))
                                .findFirst()
                                .orElse(null))
                .withValidator(rule("productLine"))
                .bind("productLine");
        bind(subject, "subject");
        bind(message, "message");
        binder.forField(language)
                .withConverter(
                        value -> value == null ? null : value.code(),
                        code -> Language.fromCode(code).orElse(null))
                .bind("language");
        fields.put("consent", consent);
        binder.forField(consent).withValidator(rule("consent")).bind("consent");
        binder.forField(website).bind("website");

        add(name, company, email, phone, country, productLine, subject, message, language, consent, website);
        setColspan(subject, 2);
        setColspan(message, 2);
        setColspan(consent, 2);
        setColspan(language, 2);
    }

    private void bind(HasValue<?, String> field, String property) {
        fields.put(property, (HasValidation) field);
        binder.forField(field).withValidator(rule(property)).bind(property);
    }

    /** The intake's rules for one field: a request with only that value, and the violations of that field. */
    private <V> Validator<V> rule(String field) {
        return (value, context) -> {
            // an unticked box sends nothing, as in a posted form
            boolean absent = value == null || Boolean.FALSE.equals(value);
            Map<String, List<String>> one = absent ? Map.of() : Map.of(field, List.of(value.toString()));
            return intake.check(InquiryRequest.fromFields(one)).stream()
                    .filter(violation -> violation.field().equals(field))
                    .findFirst()
                    .map(violation -> ValidationResult.error(translate(violation)))
                    .orElse(ValidationResult.ok());
        };
    }

    /** A blank form in a language. */
    void reset(Language replyLanguage) {
        languageChosen = false;
        binder.readRecord(InquiryRequest.blank(replyLanguage));
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * The request as typed, when every field passes; otherwise the errors are shown at their fields and the first
     * refused field has the focus.
     */
    Optional<InquiryRequest> request() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            focusFirstRefused();
            return Optional.empty();
        }
    }

    /** Shows the intake's refusals at their fields; returns those that belong to no field. */
    List<FieldViolation> show(List<FieldViolation> violations) {
        var others = new java.util.ArrayList<FieldViolation>();
        for (FieldViolation violation : violations) {
            HasValidation field = fields.get(violation.field());
            if (field == null) {
                others.add(violation);
            } else {
                field.setErrorMessage(translate(violation));
                field.setInvalid(true);
            }
        }
        focusFirstRefused();
        return others;
    }

    private void focusFirstRefused() {
        fields.values().stream()
                .filter(HasValidation::isInvalid)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    private String translate(FieldViolation violation) {
        return getTranslation(violation.messageKey(), violation.arguments().toArray());
    }

    /**
     * Labels in the visitor's language; what was typed stays. The reply language follows the page's until the
     * person picks one.
     */
    void translate(Locale locale) {
        if (!languageChosen && language.getValue() != null) {
            language.setValue(Language.of(locale));
        }
        name.setLabel(getTranslation("form.name"));
        company.setLabel(getTranslation("form.company"));
        email.setLabel(getTranslation("form.email"));
        email.setHelperText(getTranslation("form.email.helper"));
        phone.setLabel(getTranslation("form.phone"));
        country.setLabel(getTranslation("form.country"));
        Collator collator = Collator.getInstance(locale);
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        String chosen = country.getValue();
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale), collator))
                .toList());
        country.setValue(chosen);
        productLine.setLabel(getTranslation("form.productLine"));
        productLine.setPlaceholder(getTranslation("form.productLine.placeholder"));
        productLine.setItemLabelGenerator(line -> line.name(Language.of(locale)));
        subject.setLabel(getTranslation("form.subject"));
        message.setLabel(getTranslation("form.message"));
        language.setLabel(getTranslation("form.replyLanguage"));
        consent.setLabel(getTranslation("form.consent"));
        website.setLabel(getTranslation("form.website"));
    }
}
