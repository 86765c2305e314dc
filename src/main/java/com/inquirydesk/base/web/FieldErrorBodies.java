package com.inquirydesk.base.web;

import com.inquirydesk.base.FieldViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The {@code errors} member of a 400 problem: one entry per refused field, its code and translated message. */
public final class FieldErrorBodies {

    private FieldErrorBodies() {}

    public static List<Map<String, String>> of(List<FieldViolation> violations, MessageSource messages, Locale locale) {
        return violations.stream()
                .map(violation -> Map.of(
                        "field", violation.field(),
                        "code", violation.messageKey(),
                        "message",
                                messages.getMessage(
                                        violation.messageKey(),
                                        violation.arguments().toArray(),
                                        locale)))
                .toList();
    }
}
