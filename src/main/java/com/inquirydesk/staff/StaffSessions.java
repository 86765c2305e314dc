package com.inquirydesk.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether a staff session may go on: its account must still be enabled, and the session must have started
 * after the account's sessions were last ended (a disable or a password change). The account state comes
 * from the database, so this holds on every instance of the app; each instance remembers it for a few
 * seconds, and forgets it at once when the change is made on it.
 */
@Component
class StaffSessions {

    /** The session attribute with the instant the session logged in. */
    static final String LOGGED_IN_AT = StaffSessions.class.getName() + ".loggedInAt";

    static final Duration REMEMBERED = Duration.ofSeconds(5);

    private record AccountState(boolean enabled, @Nullable Instant sessionsValidFrom) {}

    private final StaffUserRepository users;
    private final Clock clock;
    private final Duration sessionTimeout;
    private final Cache<String, AccountState> states = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(10_000)
            .build();

    StaffSessions(StaffUserRepository users, Clock clock, StaffProperties properties) {
        this.users = users;
        this.clock = clock;
        this.sessionTimeout = properties.sessionTimeout();
    }

    /** Whether the session of this account that logged in at this instant may go on. */
    boolean isValid(String username, Instant loggedInAt) {
        AccountState state = states.get(
                username,
                name -> users.findByUsername(name)
                        .map(user -> new AccountState(user.isEnabled(), user.sessionsValidFrom()))
                        .orElse(new AccountState(false, null)));
        return state.enabled()
                && (state.sessionsValidFrom() == null || !loggedInAt.isBefore(state.sessionsValidFrom()));
    }

    /**
     * The login instant of a session, recorded at its first request after the login. That request also makes
     * it a staff session: it lasts the staff session timeout from then on, instead of the visitor's.
     */
    Instant loggedInAt(HttpSession session) {
        if (session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedInAt) {
            return loggedInAt;
        }
        Instant now = clock.instant();
        session.setAttribute(LOGGED_IN_AT, now);
        session.setMaxInactiveInterval(Math.toIntExact(sessionTimeout.toSeconds()));
        return now;
    }

    /** Takes note on this instance, at once, that an account changed. */
    void forget(String username) {
        states.invalidate(username);
    }

    /** After changing one's own password, the session that made the change goes on; the others end. */
    void keepCurrent(String username) {
        forget(username);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(LOGGED_IN_AT, clock.instant());
            }
        }
    }
}
