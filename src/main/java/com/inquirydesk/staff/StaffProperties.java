package com.inquirydesk.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff account settings, under {@code inquiry.staff}.
 *
 * @param adminPassword the password of the {@code admin} account created on a first start with no users;
 *     empty: a random one is generated and printed once in the log
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockTime how long such an account stays locked
 */
@ConfigurationProperties("inquiry.staff")
public record StaffProperties(
        @DefaultValue("") String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockTime) {}
