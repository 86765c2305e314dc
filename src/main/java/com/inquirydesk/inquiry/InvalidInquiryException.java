package com.inquirydesk.inquiry;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import java.util.List;

/** Thrown when an inquiry request or one of its attachments breaks a rule; nothing was stored. */
public class InvalidInquiryException extends InvalidInputException {

    public InvalidInquiryException(List<FieldViolation> violations) {
        super(violations);
    }
}
