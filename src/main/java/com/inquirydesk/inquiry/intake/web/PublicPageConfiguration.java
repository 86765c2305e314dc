package com.inquirydesk.inquiry.intake.web;

import com.inquirydesk.base.web.VaadinRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public page's routes and its size limit. The page answers {@code GET}, {@code HEAD} (uptime checks) and
 * {@code POST} on {@code /}, except Vaadin's own requests there, which carry {@code v-r} in the address and are
 * left to Vaadin: a functional route that does not match lets the request go on to the next handler, where an
 * annotated mapping that does not match would answer 400 itself.
 */
@Configuration
class PublicPageConfiguration {

    @Bean
    RouterFunction<ServerResponse> publicPageRoutes(PublicPage page) {
        RequestPredicate notVaadin = request ->
                !VaadinRequests.isVaadinRequest(request.servletRequest().getQueryString());
        return RouterFunctions.route()
                .GET("/", notVaadin, page::show)
                .HEAD("/", notVaadin, page::show)
                .POST("/", notVaadin, page::submit)
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
