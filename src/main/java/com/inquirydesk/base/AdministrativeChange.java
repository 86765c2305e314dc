package com.inquirydesk.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event every module publishes, inside the transaction of the change, when an administrator changes
 * something: the audit trail records it with who did it and when, or the change does not commit. It holds codes
 * and values, never sentences, so that the trail can be read in either language.
 *
 * @param action what was done
 * @param target what it was done to, made by {@link Target#of}, e.g. {@code user:jdoe}
 * @param changes the fields that changed, with their values before and after; never a password
 */
public record AdministrativeChange(Action action, String target, List<FieldChange> changes) {

    public AdministrativeChange {
        changes = List.copyOf(changes);
    }

    /** A change without fields to list (disabling an account, cancelling a mail). */
    public AdministrativeChange(Action action, String target) {
        this(action, target, List.of());
    }

    /** What an administrator did; the code is what the trail stores and filters by. */
    public enum Action {
        USER_CREATED("user.created", true),
        USER_UPDATED("user.updated", false),
        USER_ENABLED("user.enabled", false),
        USER_DISABLED("user.disabled", false),
        USER_PASSWORD_RESET("user.passwordReset", false),
        USER_PASSWORD_CHANGED("user.passwordChanged", false),
        PRODUCT_LINE_CREATED("productLine.created", true),
        PRODUCT_LINE_UPDATED("productLine.updated", false),
        PRODUCT_LINE_ACTIVATED("productLine.activated", false),
        PRODUCT_LINE_DEACTIVATED("productLine.deactivated", false),
        COMPANY_UPDATED("company.updated", false),
        OUTBOX_RESENT("outbox.resent", false),
        OUTBOX_CANCELLED("outbox.cancelled", false),
        MAILBOX_RETRIED("mailbox.retried", false),
        MAILBOX_DISCARDED("mailbox.discarded", false),
        CONTACT_UPDATED("contact.updated", false),
        CONTACTS_MERGED("contact.merged", false),
        ORGANISATION_RENAMED("organisation.renamed", false),
        PERSONAL_DATA_EXPORTED("contact.personalDataExported", false),
        PERSONAL_DATA_ERASED("contact.personalDataErased", false),
        FREE_MAIL_DOMAIN_ADDED("freeMail.added", false),
        FREE_MAIL_DOMAIN_REMOVED("freeMail.removed", false);

        private final String code;
        private final boolean creation;

        Action(String code, boolean creation) {
            this.code = code;
            this.creation = creation;
        }

        public String code() {
            return code;
        }

        /** Whether the action made something new, so that its changes have no values before. */
        public boolean creation() {
            return creation;
        }

        public static Optional<Action> ofCode(String code) {
            return Arrays.stream(values())
                    .filter(action -> action.code.equals(code))
                    .findFirst();
        }
    }

    /** The kinds of thing an administrator changes; a target is the kind and an identifier, {@code user:jdoe}. */
    public enum Target {
        USER("user"),
        PRODUCT_LINE("productLine"),
        MAIL("mail"),
        COMPANY("company"),
        QUARANTINED_MAIL("quarantinedMail"),
        CONTACT("contact"),
        ORGANISATION("organisation"),
        MAIL_DOMAIN("mailDomain");

        private final String prefix;

        Target(String prefix) {
            this.prefix = prefix;
        }

        /** The target as stored, e.g. {@code USER.of("jdoe")} is {@code user:jdoe}. */
        public String of(Object id) {
            return prefix + ":" + id;
        }

        /** The company profile, of which there is one. */
        public static String company() {
            return COMPANY.prefix;
        }

        /** The kind of a stored target, if it is one of these. */
        public static Optional<Target> kindOf(String target) {
            String prefix = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
            return Arrays.stream(values())
                    .filter(kind -> kind.prefix.equals(prefix))
                    .findFirst();
        }

        /** The identifier of a stored target: {@code jdoe} of {@code user:jdoe}, empty for the company. */
        public static String idOf(String target) {
            return target.contains(":") ? target.substring(target.indexOf(':') + 1) : "";
        }
    }

    /** The fields whose changes the trail lists. */
    public enum Field {
        NAME,
        EMAIL,
        /** Values are {@code Role} names, shown with the role's label. */
        ROLE,
        /** Values are {@code Language} names, shown with the language's name. */
        LANGUAGE,
        NAME_EN,
        NAME_ZH,
        DESCRIPTION_EN,
        DESCRIPTION_ZH,
        SORT_ORDER,
        TO,
        CC,
        INBOUND_ADDRESS,
        KEYWORDS,
        TEL,
        POST_CODE,
        ADDRESS_EN,
        ADDRESS_ZH,
        COMPANY,
        PHONE,
        /** Values are ISO 3166 codes, shown with the country's name. */
        COUNTRY,
        /** The contact merged into the target: its address before, none after. */
        MERGED_CONTACT
    }

    /** One field's value before and after; null where it had or has none. */
    public record FieldChange(
            Field field, @Nullable String before, @Nullable String after) {}

    /** Collects the fields that did change, with their values before and after. */
    public static final class Changes {

        private final List<FieldChange> changes = new ArrayList<>();

        public Changes field(Field field, @Nullable Object before, @Nullable Object after) {
            String old = value(before);
            String now = value(after);
            if (!java.util.Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
            return this;
        }

        public boolean isEmpty() {
            return changes.isEmpty();
        }

        public List<FieldChange> list() {
            return List.copyOf(changes);
        }

        private static @Nullable String value(@Nullable Object value) {
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            return value == null || value.toString().isEmpty() ? null : value.toString();
        }
    }
}
