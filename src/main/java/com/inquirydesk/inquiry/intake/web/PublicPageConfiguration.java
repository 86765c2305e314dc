package com.inquirydesk.inquiry.intake.web;

import com.inquirydesk.base.web.EmbeddableForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The embeddable form's routes and its size limit: {@code GET}, {@code HEAD} (uptime checks) and {@code POST} on
 * {@code /form}. The company's website can show it in an {@code <iframe>}; {@code /} is the Vaadin view.
 */
@Configuration
class PublicPageConfiguration {

    @Bean
    RouterFunction<ServerResponse> publicPageRoutes(PublicPage page) {
        return RouterFunctions.route()
                .GET(EmbeddableForm.PATH, page::show)
                .HEAD(EmbeddableForm.PATH, page::show)
                .POST(EmbeddableForm.PATH, page::submit)
                .onError(RuntimeException.class, page::failed)
                .build();
    }

    /** After the per-IP rate limit (order -300), before Spring Security (-100). */
    private static final int SIZE_LIMIT_ORDER = -250;

    @Bean
    FilterRegistrationBean<PublicFormSizeLimit> publicFormSizeLimit(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize,
            LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(new PublicFormSizeLimit(maxRequestSize, localeResolver));
        registration.addUrlPatterns("/*");
        registration.setOrder(SIZE_LIMIT_ORDER);
        return registration;
    }
}
