package com.inquirydesk.staff;

import com.inquirydesk.base.SlidingWindowLimiter;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock staff out. Wrong passwords are counted per source
 * address, per account and address, and per account: an address with too many failures is refused for every
 * account, an address that failed too often for one account is refused for that account, and an account with
 * too many failures in a row is locked, but only against the addresses that failed for it; its owner still
 * logs in from anywhere else. The login page says the same thing for a wrong password, an unknown user and a
 * refused login, so nobody learns which accounts exist.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final StaffUserRepository users;
    private final StaffProperties properties;
    private final Clock clock;
    private final SlidingWindowLimiter failuresByAddress;
    private final SlidingWindowLimiter failuresByAccountAndAddress;

    LoginThrottle(StaffUserRepository users, StaffProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.failuresByAddress =
                new SlidingWindowLimiter(properties.maxFailedLoginsPerAddress(), properties.lockTime(), clock);
        this.failuresByAccountAndAddress =
                new SlidingWindowLimiter(properties.maxFailedLogins(), properties.lockTime(), clock);
    }

    /**
     * Whether a login as this user from this address is refused before its password is checked. Without an
     * address (not a web login) only the account's lock counts.
     */
    @Transactional(readOnly = true)
    boolean refuses(String username, @Nullable String address) {
        String name = StaffService.normalize(username);
        boolean accountLocked = users.findByUsername(name)
                .filter(user -> user.isLockedAt(clock.instant()))
                .isPresent();
        if (address == null) {
            return accountLocked;
        }
        String pair = pair(name, address);
        return failuresByAddress.waitFor(address).isPresent()
                || failuresByAccountAndAddress.waitFor(pair).isPresent()
                || (accountLocked && failuresByAccountAndAddress.count(pair) > 0);
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = StaffService.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        if (address != null) {
            failuresByAddress.record(address);
            failuresByAccountAndAddress.record(pair(name, address));
            if (failuresByAddress.waitFor(address).isPresent()) {
                log.warn(
                        "Logins from {} refused for {} after {} failed logins",
                        address,
                        properties.lockTime(),
                        properties.maxFailedLoginsPerAddress());
            }
        }
        users.findByUsername(name).ifPresent(user -> {
            user.loginFailed(properties.maxFailedLogins(), properties.lockTime(), clock.instant());
            if (user.isLockedAt(clock.instant())) {
                log.warn(
                        "Account {} locked for {} against the addresses that failed for it, after {} failed logins",
                        user.username(),
                        properties.lockTime(),
                        properties.maxFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        String name = StaffService.normalize(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        if (address != null) {
            failuresByAccountAndAddress.forget(pair(name, address));
        }
        users.findByUsername(name).ifPresent(StaffUser::loginSucceeded);
    }

    /**
     * Lets the account in again from the addresses that failed for it, when an administrator reset its
     * password; an address refused for all accounts stays refused. Only this instance forgets.
     */
    void forgetFailures(String username) {
        String prefix = pair(StaffService.normalize(username), "");
        failuresByAccountAndAddress.forgetAll(key -> key.startsWith(prefix));
    }

    /** The client's address of a web login (HTTP Basic or the form); behind a proxy, as it forwarded it. */
    static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static String pair(String username, String address) {
        return username + " " + address;
    }
}
