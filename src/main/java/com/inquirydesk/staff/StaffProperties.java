package com.inquirydesk.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff account settings, under {@code inquiry.staff}.
 *
 * @param adminPassword the password of the {@code admin} account created on a first start with no users;
 *     empty: a random one is generated and printed once in the log
 * @param maxFailedLogins failed logins in a row that lock an account against the addresses they came from, and
 *     failed logins from one address for one account within {@code lockTime} that refuse that address for it
 * @param maxFailedLoginsPerAddress failed logins from one address, for any accounts, within {@code lockTime}
 *     that refuse the address for every account
 * @param lockTime how long such a lock or refusal lasts
 * @param sessionTimeout how long a logged-in session lasts without a request; an open tab keeps it going with
 *     Vaadin's heartbeat, so this counts from when the last tab was closed. Sessions that have not logged in
 *     last {@code server.servlet.session.timeout}, which is far shorter
 */
@ConfigurationProperties("inquiry.staff")
public record StaffProperties(
        @DefaultValue("") String adminPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("20") int maxFailedLoginsPerAddress,
        @DefaultValue("15m") Duration lockTime,
        @DefaultValue("30m") Duration sessionTimeout) {}
