package com.inquirydesk.notification.mailbox;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the tests on a real Dovecot when it is installed. Without it they are skipped with a message that says so
 * (on stderr too, so that the build log shows it), unless {@code inquiry.dovecot.required} is true, as in CI: then
 * they fail.
 */
class DovecotAvailable implements ExecutionCondition {

    private static final String REQUIRED = "inquiry.dovecot.required";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Dovecot.executable().isPresent()) {
            return ConditionEvaluationResult.enabled("Dovecot found");
        }
        String message = "Dovecot tests NOT RUN: no Dovecot found (install Debian's dovecot-imapd package or set"
                + " DOVECOT_PATH)";
        if (Boolean.getBoolean(REQUIRED)) {
            throw new IllegalStateException(message + ", and " + REQUIRED + " is true");
        }
        System.err.println("WARNING: " + message);
        return ConditionEvaluationResult.disabled(message);
    }
}
