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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The client's part of an inquiry — who they are, what they ask about, in which language to answer — bound to an
 * {@link InquiryRequest} by a {@link Binder} whose validators are the intake's own rules ({@link IntakeService#check}):
 * a field is checked as the person leaves it, all of them on send, and the service checks everything once more when
 * it stores the inquiry. One set of fields for the client's own form, which adds the consent box and the honeypot
 * ({@link InquiryForm}), and for staff entering an inquiry that reached them another way, who add where it came from
 * and how the client agreed to be contacted.
 */
public class InquiryFields extends FormLayout {

    public final TextField name = new TextField();
    public final TextField company = new TextField();
    /** A text field, not an email field: the intake's own rule decides, with its own message. */
    public final TextField email = new TextField();

    public final TextField phone = new TextField();
    public final ComboBox<String> country = new ComboBox<>();
    public final ComboBox<ProductLineSummary> productLine = new ComboBox<>();
    public final TextField subject = new TextField();
    public final TextArea message = new TextArea();
    public final RadioButtonGroup<Language> language = new RadioButtonGroup<>();

    private final IntakeService intake;
    /** Whether the person picked the reply language; until then it follows the page's. */
    private boolean languageChosen;

    final Binder<InquiryRequest> binder = new Binder<>(InquiryRequest.class);
    /** The checked fields by the names the intake's violations use, in the order of the form. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public InquiryFields(IntakeService intake, CatalogService catalog) {
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
        phone.getElement().setAttribute("inputmode", "tel");
        language.addValueChangeListener(change -> languageChosen |= change.isFromClient());
        List<ProductLineSummary> lines = catalog.activeProductLines();
        productLine.setItems(lines);
        country.setItems(Arrays.asList(Locale.getISOCountries()));
        country.setClearButtonVisible(true);
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> value == Language.ZH ? "中文" : "English");
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        productLine.setRequiredIndicatorVisible(true);
        subject.setRequiredIndicatorVisible(true);
        message.setRequiredIndicatorVisible(true);

        bindChecked(name, "name");
        bindChecked(company, "company");
        bindChecked(email, "email");
        bindChecked(phone, "phone");
        bindChecked(country, "country");
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
        bindChecked(subject, "subject");
        bindChecked(message, "message");
        binder.forField(language)
                .withConverter(
                        value -> value == null ? null : value.code(),
                        code -> Language.fromCode(code).orElse(null))
                .bind("language");

        add(name, company, email, phone, country, productLine, subject, message, language);
        setColspan(subject, 2);
        setColspan(message, 2);
        setColspan(language, 2);
    }

    /** Binds a field to a property of the request, checked by the intake's rules for that property. */
    final <V> void bindChecked(HasValue<?, V> field, String property) {
        fields.put(property, (HasValidation) field);
        binder.forField(field).withValidator(rule(property)).bind(property);
    }

    /**
     * Sends these properties of the request empty, for a form that does not ask for them (staff have no consent box
     * and no honeypot).
     */
    public void leaveOut(String... properties) {
        for (String property : properties) {
            binder.forField(new ReadOnlyHasValue<@Nullable Object>(ignored -> {}))
                    .bind(property);
        }
    }

    /**
     * Checks a field of the caller's own, which is not part of the request, with the others: by the rules the caller
     * gives, when the person leaves it and on send. The intake's refusals named {@code name} show at it.
     */
    public <F extends HasValue<?, String> & HasValidation> void check(
            String name, F field, Function<@Nullable String, List<FieldViolation>> rules) {
        fields.put(name, field);
        binder.forField(field).withValidator(checkedBy(name, rules)).bind(request -> "", (request, value) -> {});
    }

    /** The intake's rules for one property: a request with only that value, and the violations of that property. */
    private <V> Validator<V> rule(String property) {
        return checkedBy(property, value -> {
            // an unticked box sends nothing, as in a posted form
            boolean absent = value == null || Boolean.FALSE.equals(value);
            Map<String, List<String>> one = absent ? Map.of() : Map.of(property, List.of(value.toString()));
            return intake.check(InquiryRequest.fromFields(one));
        });
    }

    private <V> Validator<V> checkedBy(String name, Function<@Nullable V, List<FieldViolation>> rules) {
        return (value, context) -> rules.apply(value).stream()
                .filter(violation -> violation.field().equals(name))
                .findFirst()
                .map(violation -> ValidationResult.error(translate(violation)))
                .orElse(ValidationResult.ok());
    }

    /** A blank form in a language. */
    public void reset(Language replyLanguage) {
        languageChosen = false;
        binder.readRecord(InquiryRequest.blank(replyLanguage));
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * The request as typed, when every field passes; otherwise the errors are shown at their fields and the first
     * refused field has the focus.
     */
    public Optional<InquiryRequest> request() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            focusFirstRefused();
            return Optional.empty();
        }
    }

    /** Shows the intake's refusals at their fields; returns those that belong to no field. */
    public List<FieldViolation> show(List<FieldViolation> violations) {
        var others = new ArrayList<FieldViolation>();
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
     * Labels in the reader's language; what was typed stays. The reply language follows the page's until the person
     * picks one.
     */
    public void translate(Locale locale) {
        if (!languageChosen && language.getValue() != null) {
            language.setValue(Language.of(locale));
        }
        name.setLabel(getTranslation("form.name"));
        company.setLabel(getTranslation("form.company"));
        email.setLabel(getTranslation("form.email"));
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
    }
}
