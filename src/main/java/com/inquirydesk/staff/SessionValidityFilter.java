package com.inquirydesk.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session at its next request when its account was disabled or its password changed since it
 * logged in ({@link StaffSessions}), on whichever instance the session lives: the session is invalidated
 * and the browser sent to the login page.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private final StaffSessions sessions;
    private final SecurityContextHolderStrategy securityContexts;

    SessionValidityFilter(StaffSessions sessions, SecurityContextHolderStrategy securityContexts) {
        this.sessions = sessions;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !sessions.isValid(authentication.getName(), sessions.loggedInAt(session))) {
            session.invalidate();
            securityContexts.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
