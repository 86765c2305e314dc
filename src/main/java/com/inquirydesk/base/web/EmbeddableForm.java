package com.inquirydesk.base.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the embeddable form lives (plain HTML at {@link #PATH}, with its stylesheet and script), apart from the
 * Vaadin views. The routing, the security chains and the security headers must agree on this, so all ask here.
 * Only the address is read: reading a parameter could read a multipart body.
 */
public final class EmbeddableForm {

    /** The form's address: plain HTML, no session, for the company's website to embed. */
    public static final String PATH = "/form";

    private EmbeddableForm() {}

    /** Whether a request is for the embeddable form or one of its two static files. */
    public static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PATH) || path.equals("/public-page.css") || path.equals("/public-page.js");
    }
}
