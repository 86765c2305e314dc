package com.inquirydesk.inquiry.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The flag of suspected spam in the detail view's header: the signal(s) that raised it, and one click each to
 * clear it ("Not spam") or confirm it ("Spam", which moves the inquiry to SPAM). Hidden when there is no suspicion.
 */
class SpamSuspicion extends Span {

    private final InquiryLabels labels;
    private final Span flag = new Span();
    final Button notSpam = new Button();
    final Button spam = new Button();

    SpamSuspicion(InquiryLabels labels) {
        this.labels = labels;
        addClassName("spam-suspicion");
        flag.addClassNames("badge", "suspected-spam");
        notSpam.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        spam.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        add(flag, notSpam, spam);
        setVisible(false);
    }

    /** Shows the suspicion raised by these signal codes, or hides the flag when they are null. */
    SpamSuspicion show(@Nullable String signals) {
        setVisible(signals != null);
        if (signals != null) {
            flag.setText(getTranslation("detail.suspectedSpam", labels.spamSignals(signals)));
            notSpam.setText(getTranslation("detail.notSpam"));
            spam.setText(getTranslation("detail.confirmSpam"));
        }
        return this;
    }
}
