package com.inquirydesk.inquiry.intake;

import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.domain.InquiryLimits;
import com.inquirydesk.inquiry.domain.ValidInquiry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Normalises an untrusted {@link InquiryRequest} and checks every rule, reporting all broken rules at once.
 *
 * <p>Text follows the shared rules of {@link FormInput}: invisible characters removed, NFC-normalised and trimmed,
 * malformed text refused; single-line fields refuse every line break and other control character (they are how
 * header injection starts); the message keeps its line breaks and tabs; HTML tags are refused everywhere. This
 * class adds only what is particular to an inquiry: the phone, the country, the product line, the language and
 * the consent: the client's ticked box, or for an inquiry a staff member entered, the staff member's note of how the
 * client agreed to be contacted (field {@code consentNote}, single line, required).
 */
final class IntakeValidator {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Predicate<String> knownProductLine;
    private final FormInput input = new FormInput();

    private IntakeValidator(Predicate<String> knownProductLine) {
        this.knownProductLine = knownProductLine;
    }

    /**
     * Validates a request the client sent, with the client's consent box.
     *
     * @param knownProductLine tells whether a code names an active product line
     * @throws InvalidInquiryException with every violation when any rule is broken
     */
    static ValidInquiry validate(InquiryRequest request, Predicate<String> knownProductLine) {
        return new IntakeValidator(knownProductLine).check(request, null);
    }

    /**
     * Validates a request in its context: a staff entry's consent note takes the place of the consent box.
     *
     * @throws InvalidInquiryException with every violation when any rule is broken
     */
    static ValidInquiry validate(InquiryRequest request, Predicate<String> knownProductLine, IntakeContext context) {
        @Nullable String consentNote = context.byStaff() ? Objects.requireNonNullElse(context.consentNote(), "") : null;
        return new IntakeValidator(knownProductLine).check(request, consentNote);
    }

    /**
     * The rules a staff entry's consent note alone breaks: the same that {@link #validate(InquiryRequest, Predicate,
     * IntakeContext)} applies to it.
     */
    static List<FieldViolation> checkConsentNote(@Nullable String rawConsentNote) {
        var validator = new IntakeValidator(code -> false);
        validator.consentNote(Objects.requireNonNullElse(rawConsentNote, ""));
        return validator.input.violations();
    }

    /** @param rawConsentNote a staff entry's consent note (empty when none was typed); null for a client's own */
    private ValidInquiry check(InquiryRequest request, @Nullable String rawConsentNote) {
        String name = input.text("name", request.name(), InquiryLimits.NAME_MAX_LENGTH, true);
        String company = input.text("company", request.company(), InquiryLimits.COMPANY_MAX_LENGTH, false);
        String email = email(request.email());
        String phone = phone(request.phone());
        String country = country(request.country());
        String productLine = productLine(request.productLine());
        String subject = input.text("subject", request.subject(), InquiryLimits.SUBJECT_MAX_LENGTH, true);
        String message = input.multiLine("message", request.message(), InquiryLimits.MESSAGE_MAX_LENGTH, true);
        Language language = language(request.language());
        @Nullable String consentNote = null;
        if (rawConsentNote != null) {
            consentNote = consentNote(rawConsentNote);
        } else if (!Boolean.TRUE.equals(request.consent())) {
            input.refuse("consent", "validation.consent");
        }
        if (!input.violations().isEmpty()) {
            throw new InvalidInquiryException(input.violations());
        }
        boolean honeypotFilled = request.website() != null && !request.website().isBlank();
        return new ValidInquiry(
                name,
                blankAsNull(company),
                email,
                blankAsNull(phone),
                blankAsNull(country),
                productLine,
                subject,
                message,
                language,
                honeypotFilled,
                consentNote);
    }

    private String consentNote(String raw) {
        return input.text("consentNote", raw, InquiryLimits.CONSENT_NOTE_MAX_LENGTH, true);
    }

    private String email(@Nullable String raw) {
        String value = input.text("email", raw, InquiryLimits.EMAIL_MAX_LENGTH, true);
        if (value.isEmpty() || input.refused("email")) {
            return value;
        }
        return EmailAddresses.normalize(value).orElseGet(() -> {
            input.refuse("email", "validation.email");
            return value;
        });
    }

    private String phone(@Nullable String raw) {
        return input.phone("phone", raw, InquiryLimits.PHONE_MAX_LENGTH);
    }

    private String country(@Nullable String raw) {
        String value = input.code("country", raw, false);
        String code = value.toUpperCase(Locale.ROOT);
        if (!value.isEmpty() && !input.refused("country") && !COUNTRIES.contains(code)) {
            input.refuse("country", "validation.country");
        }
        return code;
    }

    private String productLine(@Nullable String raw) {
        String value = input.code("productLine", raw, true);
        if (!value.isEmpty() && !input.refused("productLine") && !knownProductLine.test(value)) {
            input.refuse("productLine", "validation.productLine");
        }
        return value;
    }

    private Language language(@Nullable String raw) {
        String value = input.code("language", raw, false);
        if (value.isEmpty() || input.refused("language")) {
            return Language.EN;
        }
        return Language.fromCode(value).orElseGet(() -> {
            input.refuse("language", "validation.language");
            return Language.EN;
        });
    }

    private static @Nullable String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
