package com.inquirydesk.inquiry.retention;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long closed inquiries keep their personal data, under {@code inquiry.retention}.
 *
 * @param closed won, lost and closed inquiries, from the moment they were closed ({@code INQUIRY_RETENTION})
 * @param spam spam, from the moment it was filed as spam or, filed so at once, received ({@code INQUIRY_RETENTION_SPAM})
 * @param at when the daily run starts, in the company's zone
 * @param batch inquiries anonymised per transaction
 */
@ConfigurationProperties("inquiry.retention")
public record RetentionProperties(
        @DefaultValue("1095d") Duration closed,
        @DefaultValue("90d") Duration spam,
        @DefaultValue("03:30") LocalTime at,
        @DefaultValue("200") int batch) {}
