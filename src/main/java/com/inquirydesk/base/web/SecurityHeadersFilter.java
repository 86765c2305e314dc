package com.inquirydesk.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the security headers on every response before anything else runs: Vaadin's pages, static files,
 * the API, Spring Security's redirects, rate-limit refusals and error pages alike. Spring Security's header
 * writers only reached the answers Spring Security itself or Spring MVC made: the pages Vaadin writes were
 * committed without them. The headers are set first, and what runs after can neither remove nor replace them
 * (Vaadin would otherwise weaken {@code X-Frame-Options} to {@code SAMEORIGIN}).
 */
public final class SecurityHeadersFilter extends HttpFilter {

    /**
     * The strictest policy the Vaadin client runs under: its bootstrap is an inline script and it builds
     * functions from the expressions the server sends, hence 'unsafe-inline' and 'unsafe-eval' for scripts;
     * Lumo sets inline styles. Everything else comes from this origin only, or not at all.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The embeddable form's policy: plain HTML with one script and one stylesheet of its own, nothing inline, so
     * it can be as strict as a page can be; only the frames it may be shown in are configured.
     */
    public static final String EMBEDDABLE_FORM_CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "base-uri 'none'",
            "form-action 'self'");

    /** What an origin allowed to embed the form must look like: a scheme, a host and maybe a port, nothing else. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /** HSTS for a year, subdomains included; sent only on requests that arrived over TLS. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    private static final Set<String> OWN_HEADERS = Set.of(
            "content-security-policy",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "permissions-policy",
            "strict-transport-security");

    private final String embeddableFormPolicy;
    private final boolean embeddable;

    /**
     * @param embedOrigins the origins whose pages may frame the embeddable form; every other page of the app may
     *     be framed by nobody
     * @throws IllegalArgumentException for an entry that is not an origin, which could smuggle in a directive
     */
    public SecurityHeadersFilter(List<String> embedOrigins) {
        for (String origin : embedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException(
                        "inquiry.web.embed-origins: '" + origin + "' is not an origin such as https://www.example.com");
            }
        }
        this.embeddable = !embedOrigins.isEmpty();
        this.embeddableFormPolicy = EMBEDDABLE_FORM_CONTENT_SECURITY_POLICY + "; frame-ancestors "
                + (embeddable ? String.join(" ", embedOrigins) : "'none'");
    }

    /** Registered for requests and for error pages, which are dispatched again and must carry the headers too. */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        writeHeaders(request, response);
        chain.doFilter(request, new GuardedHeaders(request, response));
    }

    private void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        boolean form = EmbeddableForm.matches(request);
        response.setHeader("Content-Security-Policy", form ? embeddableFormPolicy : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!(form && embeddable)) {
            // X-Frame-Options cannot name origins; where frame-ancestors names some, it must not contradict them
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    /** Passes every header through except the ones this filter owns, which survive a reset too. */
    private final class GuardedHeaders extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        GuardedHeaders(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void reset() {
            super.reset();
            writeHeaders(request, (HttpServletResponse) getResponse());
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isOwn(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isOwn(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean isOwn(String name) {
            return OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
