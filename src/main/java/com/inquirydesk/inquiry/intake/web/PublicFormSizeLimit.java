package com.inquirydesk.inquiry.intake.web;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.web.EmbeddableForm;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A posted form larger than the servlet reads ({@code spring.servlet.multipart.max-request-size}) cannot reach
 * the page's controller: not even its fields are read. Such a post is sent back to the page, which explains
 * the limits, before anything reads the body. The page's script refuses such files before they are sent, so
 * this serves browsers without it.
 */
class PublicFormSizeLimit extends OncePerRequestFilter {

    static final String PROBLEM = "too-large";

    private final long maxBytes;
    private final LocaleResolver languages;

    PublicFormSizeLimit(DataSize maxRequestSize, LocaleResolver languages) {
        this.maxBytes = maxRequestSize.toBytes();
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return !path.equals(EmbeddableForm.PATH)
                || !request.getMethod().equals("POST")
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = languages.resolveLocale(request);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(
                HttpHeaders.LOCATION,
                request.getContextPath()
                        + UriComponentsBuilder.fromPath(EmbeddableForm.PATH)
                                .queryParam("lang", Language.of(locale).code())
                                .queryParam("problem", PROBLEM)
                                .toUriString());
    }
}
