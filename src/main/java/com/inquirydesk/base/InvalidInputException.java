package com.inquirydesk.base;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule, with a translatable reason per field; nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("Invalid input: "
                + violations.stream()
                        .map(violation -> violation.field() + " " + violation.messageKey())
                        .collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldViolation(field, messageKey, arguments)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
