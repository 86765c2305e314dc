package com.inquirydesk.base;

import org.jspecify.annotations.Nullable;

/**
 * An event every module publishes, inside the transaction of the change, when an administrator changes
 * something: the audit trail records it with who did it and when, or the change does not commit.
 *
 * @param action what was done, e.g. {@code user.disabled}
 * @param target what it was done to, e.g. {@code user:jdoe}
 * @param details what changed, readable by a person; never a password
 */
public record AdministrativeChange(String action, String target, String details) {

    /** Collects "field: old → new" pairs for the fields that did change. */
    public static final class Changes {

        private final StringBuilder text = new StringBuilder();

        public Changes field(String name, @Nullable Object before, @Nullable Object after) {
            if (!show(before).equals(show(after))) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(name)
                        .append(": ")
                        .append(show(before))
                        .append(" → ")
                        .append(show(after));
            }
            return this;
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }

        @Override
        public String toString() {
            return text.toString();
        }

        private static String show(@Nullable Object value) {
            return value == null || value.toString().isEmpty() ? "(none)" : "“" + value + "”";
        }
    }
}
