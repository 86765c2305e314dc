package com.inquirydesk.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the fields of one administrative form and collects what is wrong, so that the person sees every
 * problem at once: text is cleaned by the rules of {@link FieldText} (invisible characters dropped,
 * NFC-normalised, trimmed), and malformed text, line breaks, control characters and HTML tags are refused.
 */
public final class FormInput {

    /** What a browser would read as a tag; "a < b and c > d" is not one. */
    public static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z!?]|/[A-Za-z])[^<>]*>");

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A cleaned single-line value; empty when absent. A required field that is empty is refused. */
    public String text(String field, @Nullable String raw, int maxLength, boolean required) {
        String value = FieldText.clean(raw);
        if (value.isEmpty()) {
            if (required) {
                refuse(field, "validation.required");
            }
        } else if (!FieldText.isWellFormed(value)) {
            refuse(field, "validation.malformedText");
        } else if (!FieldText.isSingleLine(value)) {
            refuse(field, "validation.controlCharacters");
        } else if (value.length() > maxLength) {
            refuse(field, "validation.tooLong", maxLength);
        } else if (MARKUP.matcher(value).find()) {
            refuse(field, "validation.markup");
        }
        return value;
    }

    /** An email address in its normalised form; empty when absent. */
    public String email(String field, @Nullable String raw, boolean required) {
        String value = FieldText.clean(raw);
        if (value.isEmpty()) {
            if (required) {
                refuse(field, "validation.required");
            }
            return value;
        }
        return EmailAddresses.normalize(value).orElseGet(() -> {
            refuse(field, "validation.email");
            return value;
        });
    }

    public void refuse(String field, String messageKey, Object... arguments) {
        violations.add(new FieldViolation(field, messageKey, arguments));
    }

    /** @throws InvalidInputException with every problem found, if there is one */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
