package com.inquirydesk.inquiry;

import com.inquirydesk.base.FieldViolation;
import java.util.List;

/** Thrown when an inquiry request breaks a rule; nothing was stored. */
public class InvalidInquiryException extends RuntimeException {

    private final List<FieldViolation> violations;

    InvalidInquiryException(List<FieldViolation> violations) {
        super("Invalid inquiry: "
                + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
