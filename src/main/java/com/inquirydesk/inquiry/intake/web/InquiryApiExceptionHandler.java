package com.inquirydesk.inquiry.intake.web;

import com.inquirydesk.base.web.FieldErrorBodies;
import com.inquirydesk.inquiry.InvalidInquiryException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused inquiry with 400 and one translated message per broken field. */
@RestControllerAdvice(assignableTypes = InquiryIntakeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InquiryApiExceptionHandler {

    private final MessageSource messages;

    InquiryApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidInquiryException invalid, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("api.invalidInquiry", null, locale));
        problem.setTitle(messages.getMessage("api.invalidInquiry.title", null, locale));
        problem.setProperty("errors", FieldErrorBodies.of(invalid.violations(), messages, locale));
        return ResponseEntity.badRequest().body(problem);
    }
}
