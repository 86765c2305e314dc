package com.inquirydesk.staff;

import com.inquirydesk.base.Language;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a login to the app changes: the account's last login, for administrators, and the language the app starts
 * in, the one its owner prefers. The login page's form is handled by Spring Security before Vaadin sees the
 * request, so the language waits in the session and the first page after the login applies it to the whole visit;
 * the language switch changes it afterwards as before. A script's request with HTTP Basic is no login to the app
 * and changes neither.
 */
@Component
class StaffLogins implements VaadinServiceInitListener {

    /** The session attribute with the language the next page applies, once. */
    static final String LANGUAGE_AFTER_LOGIN = StaffLogins.class.getName() + ".language";

    private final StaffUserRepository users;
    private final Clock clock;

    StaffLogins(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        users.findByUsername(StaffService.normalize(event.getAuthentication().getName()))
                .ifPresent(user -> {
                    user.loggedIn(clock.instant());
                    if (user.preferredLanguage() != null
                            && RequestContextHolder.getRequestAttributes()
                                    instanceof ServletRequestAttributes request) {
                        HttpSession session = request.getRequest().getSession();
                        session.setAttribute(LANGUAGE_AFTER_LOGIN, user.preferredLanguage());
                    }
                });
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getSession().getAttribute(LANGUAGE_AFTER_LOGIN) instanceof Language language) {
                session.getSession().removeAttribute(LANGUAGE_AFTER_LOGIN);
                session.setLocale(language.locale());
                init.getUI().setLocale(language.locale());
            }
        });
    }
}
