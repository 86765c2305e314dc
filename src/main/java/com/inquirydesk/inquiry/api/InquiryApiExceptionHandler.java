package com.inquirydesk.inquiry.api;

import com.inquirydesk.inquiry.InvalidInquiryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        List<Map<String, String>> errors = invalid.violations().stream()
                .map(violation -> Map.of(
                        "field", violation.field(),
                        "code", violation.messageKey(),
                        "message",
                                messages.getMessage(
                                        violation.messageKey(),
                                        violation.arguments().toArray(),
                                        locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
