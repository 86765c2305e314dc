package com.inquirydesk.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company's time zone, {@code inquiry.zone}: the year of a reference, times in mails and reports.
 *
 * @param zone e.g. {@code Asia/Shanghai}
 */
@ConfigurationProperties("inquiry")
public record CompanyZone(@DefaultValue("Asia/Shanghai") ZoneId zone) {}
