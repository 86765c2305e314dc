package com.inquirydesk.base.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Guards for every request: the security headers first, per-IP rate limits ahead of everything else, the API's
 * body size limit, CORS.
 */
@Configuration
class WebGuardsConfiguration {

    /** First of all, so that every answer carries the headers, the rate limit's 429 included. */
    private static final int SECURITY_HEADERS_ORDER = -400;

    /** Runs before Spring Security (order -100), so floods are cut off before any other work. */
    private static final int RATE_LIMIT_ORDER = -300;

    private static final int BODY_LIMIT_ORDER = -200;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebProperties properties) {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(properties.embedOrigins()));
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(SECURITY_HEADERS_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CommittedErrorFilter> committedErrorFilter() {
        var registration = new FilterRegistrationBean<>(new CommittedErrorFilter());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR, DispatcherType.INCLUDE);
        registration.setOrder(SECURITY_HEADERS_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ClientRateLimitFilter> clientRateLimitFilter(
            WebProperties properties, ApiProblems problems) {
        var registration = new FilterRegistrationBean<>(new ClientRateLimitFilter(properties, problems));
        registration.addUrlPatterns("/*");
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            WebProperties properties, ApiProblems problems) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(WebProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.addAllowedMethod("GET");
        cors.addAllowedMethod("POST");
        cors.addAllowedHeader("Content-Type");
        cors.addAllowedHeader("Accept-Language");
        cors.addExposedHeader("Location");
        cors.addExposedHeader("Retry-After");
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
