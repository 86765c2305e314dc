package com.inquirydesk.base.web;

import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The field of a JSON body that could not be read, and the translation key of why, so that a refused body says
 * which field to fix as a refused inquiry does: a value of the wrong type, a property given twice, or bytes that
 * are not UTF-8.
 *
 * @param field the property's path, e.g. {@code name}
 */
record UnreadableField(String field, String code) {

    static final String WRONG_TYPE = "api.json.type";
    static final String DUPLICATE = "api.json.duplicate";
    static final String NOT_UTF8 = "api.json.encoding";

    /** What the failure of reading a JSON body tells; empty when it names no field or is of another kind. */
    static Optional<UnreadableField> of(Throwable failure) {
        JacksonException json = jacksonCause(failure);
        if (json == null) {
            return Optional.empty();
        }
        String field = field(json);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (NestedExceptionUtils.getRootCause(json) instanceof CharacterCodingException) {
            return Optional.of(new UnreadableField(field, NOT_UTF8));
        }
        // Jackson has no type of its own for this failure; its message is the only sign
        if (json instanceof StreamReadException && json.getOriginalMessage().startsWith("Duplicate")) {
            return Optional.of(new UnreadableField(field, DUPLICATE));
        }
        if (json instanceof MismatchedInputException) {
            return Optional.of(new UnreadableField(field, WRONG_TYPE));
        }
        return Optional.empty();
    }

    private static @Nullable JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /** The path Jackson recorded, or else the property the parser stood at (a duplicate is found there). */
    private static String field(JacksonException json) {
        String path = json.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        if (!path.isEmpty()) {
            return path.startsWith(".") ? path.substring(1) : path;
        }
        String current = json.processor() instanceof JsonParser parser ? parser.currentName() : null;
        return current == null ? "" : current;
    }
}
