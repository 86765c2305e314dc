package com.inquirydesk.staff;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords. The login page says the same thing for a
 * wrong password, an unknown user and a locked account, so nobody learns which accounts exist.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final StaffUserRepository users;
    private final StaffProperties properties;
    private final Clock clock;

    LoginThrottle(StaffUserRepository users, StaffProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(StaffService.normalize(event.getAuthentication().getName()))
                .ifPresent(user -> {
                    user.loginFailed(properties.maxFailedLogins(), properties.lockTime(), clock.instant());
                    if (user.isLockedAt(clock.instant())) {
                        log.warn(
                                "Account {} locked for {} after {} failed logins",
                                user.username(),
                                properties.lockTime(),
                                properties.maxFailedLogins());
                    }
                });
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(StaffService.normalize(event.getAuthentication().getName()))
                .ifPresent(StaffUser::loginSucceeded);
    }
}
