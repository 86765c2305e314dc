package com.inquirydesk.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests when Chromium is installed. Without it they are skipped with a message that says so
 * (on stderr too, so that the build log shows it), unless {@code inquiry.browser.required} is true: then they
 * fail, so that CI can never pass without running them.
 */
class BrowserAvailable implements ExecutionCondition {

    private static final String REQUIRED = "inquiry.browser.required";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.executable().isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        String message = "Browser tests NOT RUN: no Chromium found (install Debian's chromium package or set"
                + " CHROMIUM_PATH)";
        if (Boolean.getBoolean(REQUIRED)) {
            throw new IllegalStateException(message + ", and " + REQUIRED + " is true");
        }
        System.err.println("WARNING: " + message);
        return ConditionEvaluationResult.disabled(message);
    }
}
