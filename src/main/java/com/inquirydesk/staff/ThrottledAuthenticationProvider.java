package com.inquirydesk.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks staff passwords, for the login form and HTTP Basic alike, after asking the {@link LoginThrottle}:
 * a login it refuses fails before the password is looked at, as a wrong password would.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(
            LoginThrottle throttle, StaffUserDetailsService userDetails, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (throttle.refuses(authentication.getName(), LoginThrottle.address(authentication))) {
            throw new LockedException("Too many failed logins");
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
