package com.inquirydesk.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the operations endpoints besides health, under {@code inquiry.operations}.
 *
 * @param metricsUser the account a Prometheus scraper uses (HTTP Basic) for {@code /actuator/prometheus}
 *     and {@code /actuator/info}
 * @param metricsPassword its password; empty: nobody can read them
 */
@ConfigurationProperties("inquiry.operations")
public record OperationsProperties(
        @DefaultValue("metrics") String metricsUser,
        @DefaultValue("") String metricsPassword) {}
