package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.domain.TriageException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Shows a refused triage action as a translated message; anything unexpected is rethrown. */
final class TriageErrors {

    private TriageErrors() {}

    static void show(Component owner, RuntimeException error) {
        String message;
        if (error instanceof TriageException refused) {
            message = owner.getTranslation(refused.messageKey(), shown(owner, refused.arguments()));
        } else if (error instanceof OptimisticLockingFailureException) {
            message = owner.getTranslation("triage.changedMeanwhile.someone");
        } else if (error instanceof AccessDeniedException) {
            message = owner.getTranslation("triage.notAllowed");
        } else {
            throw error;
        }
        var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A refusal's arguments as words: a status by its label, not its name. */
    private static Object[] shown(Component owner, Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof InquiryStatus status
                        ? owner.getTranslation("status." + status.name())
                        : argument)
                .toArray();
    }
}
