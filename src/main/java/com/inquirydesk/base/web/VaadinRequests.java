package com.inquirydesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Tells Vaadin's own requests to {@code /} (its client's round trips, which carry {@code v-r} in the address)
 * from the public page, which shares the address. The routing, the security chains and the security headers
 * must agree on this, so all ask here. Only the address is read: reading a parameter could read a multipart
 * body.
 */
public final class VaadinRequests {

    private VaadinRequests() {}

    /** Whether a request's query string ({@code null} for none) marks it as one of Vaadin's. */
    public static boolean isVaadinRequest(@Nullable String query) {
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    /** Whether a request is for the public page or one of its two static files. */
    public static boolean isPublicPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/public-page.css") || path.equals("/public-page.js")) {
            return true;
        }
        return path.equals("/") && !isVaadinRequest(request.getQueryString());
    }
}
