package com.inquirydesk.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the fields of one form (an administrative form, an inquiry) and collects what is wrong, so that the
 * person sees every problem at once: text is cleaned by the rules of {@link FieldText} (invisible characters dropped,
 * NFC-normalised, trimmed), and malformed text, line breaks, control characters and HTML tags are refused.
 */
public final class FormInput {

    /** What a browser would read as a tag; "a < b and c > d" is not one. */
    public static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z!?]|/[A-Za-z])[^<>]*>");

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,40}");

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A cleaned single-line value; empty when absent. A required field that is empty is refused. */
    public String text(String field, @Nullable String raw, int maxLength, boolean required) {
        String value = FieldText.clean(raw);
        if (!present(field, value, required) || !wellFormed(field, value)) {
            return value;
        }
        if (!FieldText.isSingleLine(value)) {
            refuse(field, "validation.controlCharacters");
        } else {
            lengthAndMarkup(field, value, maxLength);
        }
        return value;
    }

    /**
     * A cleaned multi-line text, such as a message: line breaks kept, each as one line feed, and tabs; other
     * control characters dropped. Empty when absent; a required field that is empty is refused.
     */
    public String multiLine(String field, @Nullable String raw, int maxLength, boolean required) {
        String value = FieldText.clean(raw);
        if (!value.isEmpty() && !wellFormed(field, value)) {
            return value;
        }
        var kept = new StringBuilder(value.length());
        FieldText.withLineFeeds(value)
                .codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String text = kept.toString().strip();
        if (present(field, text, required)) {
            lengthAndMarkup(field, text, maxLength);
        }
        return text;
    }

    /**
     * A cleaned value that is checked against a list next (a country, a product line, a language): only malformed
     * text is refused here, as the list's own message says more. Empty when absent; a required field that is
     * empty is refused.
     */
    public String code(String field, @Nullable String raw, boolean required) {
        String value = FieldText.clean(raw);
        if (present(field, value, required)) {
            wellFormed(field, value);
        }
        return value;
    }

    /**
     * A phone number as people write it: digits (at least five), spaces, brackets, dots, slashes and dashes, with
     * an optional leading plus; empty when absent.
     */
    public String phone(String field, @Nullable String raw, int maxLength) {
        String value = text(field, raw, maxLength, false);
        if (value.isEmpty() || refused(field)) {
            return value;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value).matches() || digits < 5) {
            refuse(field, "validation.phone");
        }
        return value;
    }

    /** An email address in its normalised form; empty when absent. */
    public String email(String field, @Nullable String raw, boolean required) {
        String value = FieldText.clean(raw);
        if (!present(field, value, required)) {
            return value;
        }
        return EmailAddresses.normalize(value).orElseGet(() -> {
            refuse(field, "validation.email");
            return value;
        });
    }

    /** Whether there is a value; an absent one is refused when the field is required. */
    private boolean present(String field, String value, boolean required) {
        if (value.isEmpty() && required) {
            refuse(field, "validation.required");
        }
        return !value.isEmpty();
    }

    private boolean wellFormed(String field, String value) {
        if (!FieldText.isWellFormed(value)) {
            refuse(field, "validation.malformedText");
            return false;
        }
        return true;
    }

    private void lengthAndMarkup(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            refuse(field, "validation.tooLong", maxLength);
        } else if (MARKUP.matcher(value).find()) {
            refuse(field, "validation.markup");
        }
    }

    public void refuse(String field, String messageKey, Object... arguments) {
        violations.add(new FieldViolation(field, messageKey, arguments));
    }

    /** Whether a problem was found with this field. */
    public boolean refused(String field) {
        return violations.stream().anyMatch(violation -> violation.field().equals(field));
    }

    /** Every problem found so far, in the order found. */
    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** @throws InvalidInputException with every problem found, if there is one */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
