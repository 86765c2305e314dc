package com.inquirydesk.audit;

import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail in words, in the language of the view: actions, who, what was changed and how. Codes the app
 * does not know (from a later version, say) are shown as stored rather than hidden.
 */
final class AuditLabels {

    private final Component owner;

    AuditLabels(Component owner) {
        this.owner = owner;
    }

    String action(String code) {
        return Action.ofCode(code)
                .map(action -> owner.getTranslation("auditAction." + action.name()))
                .orElse(code);
    }

    String actor(String actor) {
        return actor.equals(AuditTrail.SYSTEM_ACTOR) ? owner.getTranslation("audit.actor.system") : actor;
    }

    String target(String target) {
        return Target.kindOf(target)
                .map(kind -> owner.getTranslation("audit.target." + kind.name(), Target.idOf(target)))
                .orElse(target);
    }

    /** Each changed field as "Role: Sales → Manager", or "Role: Sales" for something new. */
    String changes(AuditRecord entry) {
        if (entry.changes().isEmpty()) {
            return entry.text();
        }
        boolean creation = Action.ofCode(entry.action()).map(Action::creation).orElse(false);
        return entry.changes().stream()
                .map(change -> creation && change.before() == null
                        ? owner.getTranslation(
                                "audit.change.new", field(change.field()), value(change.field(), change.after()))
                        : owner.getTranslation(
                                "audit.change",
                                field(change.field()),
                                value(change.field(), change.before()),
                                value(change.field(), change.after())))
                .collect(Collectors.joining(" · "));
    }

    private String field(Field field) {
        return owner.getTranslation("auditField." + field.name());
    }

    private String value(Field field, @Nullable String value) {
        if (value == null) {
            return owner.getTranslation("audit.none");
        }
        return switch (field) {
            case ROLE -> owner.getTranslation("role." + value);
            case LANGUAGE -> owner.getTranslation("language." + value);
            case COUNTRY ->
                java.util.Locale.of("", value)
                        .getDisplayCountry(
                                com.vaadin.flow.component.UI.getCurrent().getLocale());
            default -> "“" + value + "”";
        };
    }
}
