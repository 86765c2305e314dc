package com.inquirydesk.inquiry.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

@Configuration
class PublicPageConfiguration {

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
