package com.inquirydesk.inquiry.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Triage settings, under {@code inquiry.triage}.
 *
 * @param sla an inquiry still {@code NEW} after this long is overdue
 */
@ConfigurationProperties("inquiry.triage")
public record TriageProperties(@DefaultValue("24h") Duration sla) {}
