package com.inquirydesk.base;

import java.util.List;

/**
 * Why one field of a form or request body was refused.
 *
 * @param field the request's component name, e.g. {@code email}
 * @param messageKey the translation key of the message shown to the client
 * @param arguments the message's arguments, e.g. a maximum length
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    public FieldViolation(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
