package com.inquirydesk.base.web;

import org.jspecify.annotations.Nullable;

/**
 * Tells Vaadin's own requests to {@code /} (its client's round trips, which carry {@code v-r} in the address)
 * from the public page, which shares the address. The routing and the security chains must agree on this, so
 * both ask here. Only the address is read: reading a parameter could read a multipart body.
 */
public final class VaadinRequests {

    private VaadinRequests() {}

    /** Whether a request's query string ({@code null} for none) marks it as one of Vaadin's. */
    public static boolean isVaadinRequest(@Nullable String query) {
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
