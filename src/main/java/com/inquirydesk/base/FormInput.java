package com.inquirydesk.base;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the fields of one administrative form and collects what is wrong, so that the person sees every
 * problem at once: text is NFC-normalised and trimmed, invisible bidirectional controls are dropped, and
 * line breaks, control characters and HTML tags are refused.
 */
public final class FormInput {

    /** What a browser would read as a tag; "a < b and c > d" is not one. */
    public static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z!?]|/[A-Za-z])[^<>]*>");

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A cleaned single-line value; empty when absent. A required field that is empty is refused. */
    public String text(String field, @Nullable String raw, int maxLength, boolean required) {
        String value = clean(raw);
        if (value.isEmpty()) {
            if (required) {
                refuse(field, "validation.required");
            }
        } else if (value.chars().anyMatch(Character::isISOControl)) {
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
        String value = clean(raw);
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

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** @throws InvalidInputException with every problem found, if there is one */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String clean(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        return BIDI_CONTROLS
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll("")
                .strip();
    }
}
