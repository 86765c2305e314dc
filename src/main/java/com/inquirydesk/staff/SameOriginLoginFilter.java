package com.inquirydesk.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a login posted by a page of another site (login CSRF: such a page could log the visitor's browser
 * into an account of the attacker's, and whatever the visitor then types would be the attacker's to read).
 * Vaadin's security configurer exempts the login from Spring's CSRF token, so the browser's own account of
 * where the form came from decides: {@code Sec-Fetch-Site} where the browser sends it, else {@code Origin},
 * else {@code Referer}; a login with none of them is refused too. Scripts use HTTP Basic, not this form.
 */
class SameOriginLoginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginLoginFilter.class);

    private final RequestMatcher login;
    private final MessageSource messages;
    private final LocaleResolver locales;

    SameOriginLoginFilter(String loginPath, MessageSource messages, LocaleResolver locales) {
        this.login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (login.matches(request) && !isFromThisOrigin(request)) {
            log.warn("Refused a login posted from another site ({})", request.getHeader("Origin"));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.getMessage("login.crossSite", null, locales.resolveLocale(request)));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isFromThisOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return isThisOrigin(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && isThisOrigin(referer, request);
    }

    /** Whether an address has the scheme, host and port the request came to (behind a proxy: as forwarded). */
    private static boolean isThisOrigin(String address, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
        String scheme = uri.getScheme();
        return scheme != null
                && uri.getHost() != null
                && scheme.equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(uri.getPort(), scheme) == port(request.getServerPort(), request.getScheme());
    }

    private static int port(int port, @Nullable String scheme) {
        if (port != -1) {
            return port;
        }
        return switch (scheme == null ? "" : scheme.toLowerCase(Locale.ROOT)) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
    }
}
