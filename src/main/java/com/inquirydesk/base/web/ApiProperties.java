package com.inquirydesk.base.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public REST API's limits, under {@code inquiry.api}.
 *
 * @param allowedOrigins origins (e.g. the company website) whose browsers may call the API (CORS)
 * @param requestsPerMinute requests one IP address may make to {@code /api/**} per minute
 * @param maxBodySize larger request bodies are refused with 413
 */
@ConfigurationProperties("inquiry.api")
public record ApiProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("60") int requestsPerMinute,
        @DefaultValue("64KB") DataSize maxBodySize) {}
