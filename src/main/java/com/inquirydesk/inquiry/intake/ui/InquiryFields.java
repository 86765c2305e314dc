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
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The client's part of an inquiry — who they are, what they ask about, in which language to answer — read as the
 * {@link InquiryRequest} a posted form would make ({@link InquiryRequest#fromFields}) and checked by the intake's own
 * rules ({@link IntakeService#check}): a field is checked as its value changes (as the person leaves it), all of them on send, and the service
 * checks everything once more when it stores the inquiry. One set of fields for the client's own form, which adds the
 * consent box and the honeypot ({@link InquiryForm}), and for staff entering an inquiry that reached them another way,
 * who add where it came from and how the client agreed to be contacted. No {@code Binder}: its bindings cost a public
 * view's visitor several kilobytes of heap for what one value-change listener per field does here.
 */
public class InquiryFields extends FormLayout {

    /** The countries sorted by their names in a language, shared by every form in that language. */
    private static final Map<Language, List<String>> COUNTRIES = new ConcurrentHashMap<>();

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
    /** Set while the form is emptied, which checks nothing. */
    private boolean resetting;

    /** The fields by the names the intake's violations use, in the order of the form. */
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    /** The rules of the caller's own fields, which are not part of the request. */
    private final Map<String, Function<@Nullable String, List<FieldViolation>>> ownRules = new HashMap<>(2);

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
        productLine.setItems(catalog.activeProductLines());
        country.setClearButtonVisible(true);
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> value == Language.ZH ? "中文" : "English");
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        productLine.setRequiredIndicatorVisible(true);
        subject.setRequiredIndicatorVisible(true);
        message.setRequiredIndicatorVisible(true);

        checked("name", name);
        checked("company", company);
        checked("email", email);
        checked("phone", phone);
        checked("country", country);
        checked("productLine", productLine);
        checked("subject", subject);
        checked("message", message);
        carried("language", language);

        add(name, company, email, phone, country, productLine, subject, message, language);
        setColspan(subject, 2);
        setColspan(message, 2);
        setColspan(language, 2);
    }

    /** A field that fills a property of the request, checked by the intake's rules as the person leaves it. */
    final void checked(String property, HasValue<?, ?> field) {
        fields.put(property, field);
        field.addValueChangeListener(change -> {
            if (!resetting) {
                showAt(property, violations(property));
            }
        });
    }

    /** A field that fills a property of the request without a rule of its own to check as the person leaves it. */
    final void carried(String property, HasValue<?, ?> field) {
        fields.put(property, field);
    }

    /**
     * Checks a field of the caller's own, which is not part of the request, with the others: by the rules the caller
     * gives, when the person leaves it and on send. The intake's refusals named {@code name} show at it.
     */
    public <F extends HasValue<?, String> & HasValidation> void check(
            String name, F field, Function<@Nullable String, List<FieldViolation>> rules) {
        ownRules.put(name, rules);
        checked(name, field);
    }

    /** What one field breaks: its own rules, or the intake's for a request with only that value. */
    private List<FieldViolation> violations(String name) {
        @Nullable String text = text(fields.get(name));
        var own = ownRules.get(name);
        if (own != null) {
            return own.apply(text);
        }
        return intake.check(InquiryRequest.fromFields(text == null ? Map.of() : Map.of(name, List.of(text))));
    }

    /** A field's value as a posted form sends it: a product line by its code, an unticked box not at all. */
    private static @Nullable String text(@Nullable HasValue<?, ?> field) {
        Object value = field == null ? null : field.getValue();
        return switch (value) {
            case null -> null;
            case ProductLineSummary line -> line.code();
            case Language chosen -> chosen.code();
            case Boolean ticked -> ticked ? "on" : null;
            default -> value.toString();
        };
    }

    /** Shows the first of these violations that names the field at it, or clears the field's error. */
    private void showAt(String name, List<FieldViolation> violations) {
        if (!(fields.get(name) instanceof HasValidation field)) {
            return;
        }
        violations.stream()
                .filter(violation -> violation.field().equals(name))
                .findFirst()
                .ifPresentOrElse(
                        violation -> {
                            field.setErrorMessage(translate(violation));
                            field.setInvalid(true);
                        },
                        () -> field.setInvalid(false));
    }

    /** A blank form in a language. */
    public void reset(Language replyLanguage) {
        languageChosen = false;
        resetting = true;
        try {
            fields.values().forEach(HasValue::clear);
            language.setValue(replyLanguage);
        } finally {
            resetting = false;
        }
        fields.values().forEach(field -> {
            if (field instanceof HasValidation checkedField) {
                checkedField.setInvalid(false);
            }
        });
    }

    /**
     * The request as typed, when every field passes; otherwise the errors are shown at their fields and the first
     * refused field has the focus.
     */
    public Optional<InquiryRequest> request() {
        var posted = new HashMap<String, List<String>>();
        fields.forEach((name, field) -> {
            @Nullable String text = text(field);
            if (text != null) {
                posted.put(name, List.of(text));
            }
        });
        var request = InquiryRequest.fromFields(posted);
        var violations = new ArrayList<>(intake.check(request));
        ownRules.keySet().forEach(name -> violations.addAll(violations(name)));
        fields.keySet().forEach(name -> showAt(name, violations));
        if (focusFirstRefused()) {
            return Optional.empty();
        }
        return Optional.of(request);
    }

    /** Shows the intake's refusals at their fields; returns those that belong to no field. */
    public List<FieldViolation> show(List<FieldViolation> violations) {
        var others = new ArrayList<FieldViolation>();
        for (FieldViolation violation : violations) {
            if (fields.get(violation.field()) instanceof HasValidation field) {
                field.setErrorMessage(translate(violation));
                field.setInvalid(true);
            } else {
                others.add(violation);
            }
        }
        focusFirstRefused();
        return others;
    }

    /** Puts the cursor in the first refused field; whether there was one. */
    private boolean focusFirstRefused() {
        var refused = fields.values().stream()
                .filter(field -> field instanceof HasValidation checked && checked.isInvalid())
                .findFirst();
        refused.ifPresent(field -> ((Focusable<?>) field).focus());
        return refused.isPresent();
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
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        String chosen = country.getValue();
        country.setItems(COUNTRIES.computeIfAbsent(Language.of(locale), InquiryFields::countriesByName));
        country.setValue(chosen);
        productLine.setLabel(getTranslation("form.productLine"));
        productLine.setPlaceholder(getTranslation("form.productLine.placeholder"));
        productLine.setItemLabelGenerator(line -> line.name(Language.of(locale)));
        subject.setLabel(getTranslation("form.subject"));
        message.setLabel(getTranslation("form.message"));
        language.setLabel(getTranslation("form.replyLanguage"));
    }

    private static List<String> countriesByName(Language language) {
        Locale locale = language.locale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale), collator))
                .toList();
    }
}
