package com.inquirydesk.base.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for anonymous web traffic, under {@code inquiry.web}.
 *
 * @param allowedOrigins origins (e.g. the company website) whose browsers may call the API (CORS)
 * @param apiRequestsPerMinute requests one IP address may make to {@code /api/**} per minute
 * @param pageRequestsPerMinute requests one IP address may make to the pages (and their round trips) per minute
 * @param maxApiBodySize larger API request bodies are refused with 413
 * @param maxUploadBodySize the same for multipart API requests, which carry files
 * @param embedOrigins origins (e.g. {@code https://www.example.com}) whose pages may show the embeddable form in
 *     an {@code <iframe>}; none when empty
 */
@ConfigurationProperties("inquiry.web")
public record WebProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("60") int apiRequestsPerMinute,
        @DefaultValue("600") int pageRequestsPerMinute,
        @DefaultValue("64KB") DataSize maxApiBodySize,
        @DefaultValue("32MB") DataSize maxUploadBodySize,
        @DefaultValue List<String> embedOrigins) {}
