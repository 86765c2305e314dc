package com.inquirydesk.base.ui;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's refusal on the fields of a form: each translated message under its field, and the
 * messages that belong to no field in a notification.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    /** Binds a field name the services use (e.g. {@code email}) to the component that edits it. */
    public FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public void show(InvalidInputException refused) {
        clear();
        for (FieldViolation violation : refused.violations()) {
            String message = owner.getTranslation(
                    violation.messageKey(), violation.arguments().toArray());
            HasValidation field = fields.get(violation.field());
            if (field == null) {
                Notification.show(message, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }
}
