package com.inquirydesk.inquiry.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Intake rules, under {@code inquiry.intake}.
 *
 * @param consentVersion the version of the consent text clients agree to; stored with each inquiry
 * @param minFillTime a web form submitted faster than this shows a spam signal ({@link SpamSignals})
 * @param duplicateWindow an identical inquiry from the same email address within this window is not stored twice
 * @param perIpLimit inquiries accepted from one IP address per {@code perIpPeriod}
 * @param perEmailLimit inquiries accepted from one email address per {@code perEmailPeriod}
 * @param ipHashSecret key of the HMAC that stores client IP addresses as hashes; random per start when empty
 * @param maxAttachments how many files one inquiry may carry
 * @param maxAttachmentSize how large each file may be
 * @param maxMailAttachments how many files of one client's mail are kept (mails carry more than a form); the rest
 *     are listed as not kept
 */
@ConfigurationProperties("inquiry.intake")
public record IntakeProperties(
        @DefaultValue("2026-11") String consentVersion,
        @DefaultValue("3s") Duration minFillTime,
        @DefaultValue("10m") Duration duplicateWindow,
        @DefaultValue("10") int perIpLimit,
        @DefaultValue("10m") Duration perIpPeriod,
        @DefaultValue("5") int perEmailLimit,
        @DefaultValue("1h") Duration perEmailPeriod,
        @DefaultValue("") String ipHashSecret,
        @DefaultValue("3") int maxAttachments,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("10") int maxMailAttachments) {}
