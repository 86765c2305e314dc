package com.inquirydesk.staff;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Grants what a rule grants, except to an account with a temporary password (set by an administrator): it
 * must first choose its own in the app, whose views lead it there, so the API stays closed to it until then.
 */
final class TemporaryPasswordAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    /** The refusal of such an account, so that the answer can say what to do. */
    static final class PasswordChangeRequired extends AuthorizationDecision {
        PasswordChangeRequired() {
            super(false);
        }
    }

    private final AuthorizationManager<RequestAuthorizationContext> rule;
    private final StaffUserRepository users;

    TemporaryPasswordAuthorization(AuthorizationManager<RequestAuthorizationContext> rule, StaffUserRepository users) {
        this.rule = rule;
        this.users = users;
    }

    @Override
    public @Nullable AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext context) {
        AuthorizationResult result = rule.authorize(authentication, context);
        if (result == null || !result.isGranted()) {
            return result;
        }
        Authentication granted = authentication.get();
        boolean temporary = granted != null
                && users.findByUsername(granted.getName())
                        .map(StaffUser::mustChangePassword)
                        .orElse(false);
        return temporary ? new PasswordChangeRequired() : result;
    }

    /** Whether access was refused because of a temporary password. */
    static boolean isPasswordChangeRequired(AccessDeniedException denied) {
        return denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof PasswordChangeRequired;
    }
}
