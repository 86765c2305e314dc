package com.inquirydesk.base.web;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.base.export.ExportFailedException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API failure into an RFC 9457 problem response with a translated detail: Spring MVC's own
 * errors (415, 405, unreadable JSON, with the field at fault in {@code errors} when one is known), rate limits,
 * oversized bodies, and, without internals, anything unexpected.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final WebProperties properties;

    ApiExceptionHandler(MessageSource messages, WebProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException exceeded, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("api.rateLimited", new Object[] {exceeded.retryAfterSeconds()}, locale));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, messages.getMessage("api.forbidden", null, locale));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** A request parameter that cannot be read (e.g. a report filter): 400 naming each one. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidInputException invalid, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("api.invalidInput", null, locale));
        problem.setProperty("errors", FieldErrorBodies.of(invalid.violations(), messages, locale));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A multipart body that cannot be parsed (cut off, no closing boundary): the client's fault, not ours. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException exception, Locale locale) {
        log.warn(
                "Refused an unreadable multipart body: {}",
                NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("api.unreadableMultipart", null, locale));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A report that failed before its first byte went out ({@link CsvDownload}): an ordinary 500 problem. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> exportFailed(ExportFailedException failed, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("api.exportFailed", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A report that failed midway goes on to the servlet container as it is: see {@link CsvDownload}. */
    @ExceptionHandler
    void aborted(AbortedTransfer aborted) throws AbortedTransfer {
        throw aborted;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception exception, Locale locale) {
        log.error("Unexpected API failure", exception);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("api.unexpected", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getRootCause(exception);
        if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage(
                            "api.bodyTooLarge",
                            new Object[] {properties.maxApiBodySize().toKilobytes()},
                            request.getLocale()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        Locale locale = request.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("api.unreadable", null, locale));
        UnreadableField.of(exception)
                .ifPresent(unreadable -> problem.setProperty(
                        "errors",
                        FieldErrorBodies.of(
                                List.of(new FieldViolation(unreadable.field(), unreadable.code())), messages, locale)));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage(
                        "api.uploadTooLarge",
                        new Object[] {properties.maxUploadBodySize().toMegabytes()},
                        request.getLocale()));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "api.missingPart", new Object[] {exception.getRequestPartName()}, request.getLocale()));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
