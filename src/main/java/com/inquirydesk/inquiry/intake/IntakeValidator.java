package com.inquirydesk.inquiry.intake;

import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.FieldText;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.domain.InquiryLimits;
import com.inquirydesk.inquiry.domain.ValidInquiry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises an untrusted {@link InquiryRequest} and checks every rule, reporting all broken rules at once.
 *
 * <p>Text follows {@link FieldText}: invisible characters (bidirectional controls and marks, zero-width
 * characters, the byte order mark) are removed, text is NFC-normalised and trimmed, and malformed text (a lone
 * surrogate) is refused. Single-line fields refuse every kind of line break and other control characters (they
 * are how header injection starts); the message keeps its line breaks, each as one line feed, and tabs, and
 * loses other control characters. HTML tags are refused everywhere.
 */
final class IntakeValidator {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,40}");
    static final Pattern MARKUP = FormInput.MARKUP;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Predicate<String> knownProductLine;
    private final List<FieldViolation> violations = new ArrayList<>();

    private IntakeValidator(Predicate<String> knownProductLine) {
        this.knownProductLine = knownProductLine;
    }

    /**
     * Validates a request.
     *
     * @param knownProductLine tells whether a code names an active product line
     * @throws InvalidInquiryException with every violation when any rule is broken
     */
    static ValidInquiry validate(InquiryRequest request, Predicate<String> knownProductLine) {
        return new IntakeValidator(knownProductLine).check(request);
    }

    private ValidInquiry check(InquiryRequest request) {
        String name = required("name", singleLine("name", request.name(), InquiryLimits.NAME_MAX_LENGTH));
        String company = singleLine("company", request.company(), InquiryLimits.COMPANY_MAX_LENGTH);
        String email = required("email", email(request.email()));
        String phone = phone(request.phone());
        String country = country(request.country());
        String productLine = required("productLine", productLine(request.productLine()));
        String subject =
                required("subject", singleLine("subject", request.subject(), InquiryLimits.SUBJECT_MAX_LENGTH));
        String message = required("message", message(request.message()));
        Language language = language(request.language());
        if (!Boolean.TRUE.equals(request.consent())) {
            violations.add(new FieldViolation("consent", "validation.consent"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInquiryException(violations);
        }
        boolean honeypotFilled = request.website() != null && !request.website().isBlank();
        return new ValidInquiry(
                name, company, email, phone, country, productLine, subject, message, language, honeypotFilled);
    }

    private String required(String field, @Nullable String value) {
        if (value == null) {
            if (violations.stream().noneMatch(violation -> violation.field().equals(field))) {
                violations.add(new FieldViolation(field, "validation.required"));
            }
            return "";
        }
        return value;
    }

    /** A trimmed single-line value, or null when absent or blank, or when it breaks a rule. */
    private @Nullable String singleLine(String field, @Nullable String raw, int maxLength) {
        String value = normalize(field, raw);
        if (value == null) {
            return null;
        }
        if (!FieldText.isSingleLine(value)) {
            return refuse(field, "validation.controlCharacters");
        }
        return checked(field, value, maxLength);
    }

    private @Nullable String message(@Nullable String raw) {
        String value = normalize("message", raw);
        if (value == null) {
            return null;
        }
        String cleaned = FieldText.withLineFeeds(value);
        var kept = new StringBuilder(cleaned.length());
        cleaned.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String message = kept.toString().strip();
        return message.isEmpty() ? null : checked("message", message, InquiryLimits.MESSAGE_MAX_LENGTH);
    }

    private @Nullable String checked(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            return refuse(field, "validation.tooLong", maxLength);
        }
        if (MARKUP.matcher(value).find()) {
            return refuse(field, "validation.markup");
        }
        return value;
    }

    private @Nullable String email(@Nullable String raw) {
        String value = singleLine("email", raw, InquiryLimits.EMAIL_MAX_LENGTH);
        if (value == null) {
            return null;
        }
        return EmailAddresses.normalize(value).orElseGet(() -> refuse("email", "validation.email"));
    }

    private @Nullable String phone(@Nullable String raw) {
        String value = singleLine("phone", raw, InquiryLimits.PHONE_MAX_LENGTH);
        if (value == null) {
            return null;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value).matches() || digits < 5) {
            return refuse("phone", "validation.phone");
        }
        return value;
    }

    private @Nullable String country(@Nullable String raw) {
        String value = normalize("country", raw);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(code) ? code : refuse("country", "validation.country");
    }

    private @Nullable String productLine(@Nullable String raw) {
        String value = normalize("productLine", raw);
        if (value == null) {
            return null;
        }
        return knownProductLine.test(value) ? value : refuse("productLine", "validation.productLine");
    }

    private Language language(@Nullable String raw) {
        String value = normalize("language", raw);
        if (value == null) {
            return Language.EN;
        }
        return Language.fromCode(value).orElseGet(() -> {
            refuse("language", "validation.language");
            return Language.EN;
        });
    }

    private @Nullable String refuse(String field, String messageKey, Object... arguments) {
        violations.add(new FieldViolation(field, messageKey, arguments));
        return null;
    }

    /** The value cleaned by {@link FieldText}; null when absent or blank, or refused when malformed. */
    private @Nullable String normalize(String field, @Nullable String raw) {
        String value = FieldText.clean(raw);
        if (value.isEmpty()) {
            return null;
        }
        return FieldText.isWellFormed(value) ? value : refuse(field, "validation.malformedText");
    }
}
