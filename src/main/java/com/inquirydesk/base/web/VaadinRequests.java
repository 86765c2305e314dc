package com.inquirydesk.base.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells the embeddable form (plain HTML at {@link #EMBEDDABLE_FORM}, with its stylesheet and script) from the
 * Vaadin views. The routing, the security chains and the security headers must agree on this, so all ask here.
 * Only the address is read: reading a parameter could read a multipart body.
 */
public final class VaadinRequests {

    /** Where the embeddable form lives: plain HTML, no session, for the company's website to embed. */
    public static final String EMBEDDABLE_FORM = "/form";

    private VaadinRequests() {}

    /** Whether a request is for the embeddable form or one of its two static files. */
    public static boolean isEmbeddableForm(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(EMBEDDABLE_FORM) || path.equals("/public-page.css") || path.equals("/public-page.js");
    }
}
