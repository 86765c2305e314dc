package com.inquirydesk.base.web;

import com.inquirydesk.base.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language a request is answered in, for pages and the API alike: {@code ?lang=en} or {@code ?lang=zh} in
 * the address (the public page's language switch, links from the company website), otherwise the first of
 * English and Chinese the browser asks for in {@code Accept-Language}, otherwise English.
 *
 * <p>Only the address is read, never the body: a form whose upload was refused unread is still answered in the
 * client's language.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class RequestLanguageResolver implements LocaleResolver {

    static final String PARAMETER = "lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request);
    }

    /** The same answer, for filters that run before Spring MVC. */
    static Locale languageOf(HttpServletRequest request) {
        return fromAddress(request.getQueryString())
                .or(() -> fromBrowser(request))
                .orElse(Language.EN)
                .locale();
    }

    private static Optional<Language> fromAddress(@Nullable String query) {
        if (query == null || !query.contains(PARAMETER + "=")) {
            return Optional.empty();
        }
        String code = UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .getFirst(PARAMETER);
        return code == null ? Optional.empty() : Language.fromCode(code);
    }

    private static Optional<Language> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty(); // the servlet container would answer with the server's own locale
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .filter(language -> language.equals("zh") || language.equals("en"))
                .findFirst()
                .map(language -> language.equals("zh") ? Language.ZH : Language.EN);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language comes from the address or the browser");
    }
}
