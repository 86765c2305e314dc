package com.inquirydesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem responses from servlet filters, where no controller advice runs. */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Answers with the problem, its detail in the request's language (as {@link RequestLanguageResolver} reads it). */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detailKey,
            Object... args)
            throws IOException {
        write(response, status, detailKey, RequestLanguageResolver.languageOf(request), args);
    }

    /** Answers with this status and the translated message under {@code detailKey} as the detail. */
    public void write(HttpServletResponse response, HttpStatus status, String detailKey, Locale locale, Object... args)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", messages.getMessage(detailKey, args, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
