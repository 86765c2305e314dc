package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.InquiryStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.function.Consumer;

/**
 * The actions on the rows selected in the grid: assign them to me, move them to a status, mark them as spam.
 * The grid makes it on the first selection: most visits select nothing, and every component kept in a staff
 * member's session costs memory for as long as it lives.
 */
class BulkBar extends Div implements LocaleChangeObserver {

    private final Span selectedCount = new Span();
    final Button assignToMe = new Button();
    final Select<InquiryStatus> status = new Select<>();
    final Button markSpam = new Button();

    BulkBar(InquiryLabels labels, Runnable assignSelectedToMe, Consumer<InquiryStatus> moveSelected) {
        addClassName("bulk-bar");
        assignToMe.addClickListener(click -> assignSelectedToMe.run());
        status.setItems(InquiryStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : labels.status(value));
        status.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                moveSelected.accept(change.getValue());
                status.clear();
            }
        });
        markSpam.addThemeVariants(ButtonVariant.LUMO_ERROR);
        markSpam.addClickListener(click -> moveSelected.accept(InquiryStatus.SPAM));
        add(selectedCount, assignToMe, status, markSpam);
    }

    /** Shows the bar with the number of selected rows, or hides it when none is selected. */
    void show(int selected) {
        setVisible(selected > 0);
        selectedCount.setText(getTranslation("grid.selected", selected));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        assignToMe.setText(getTranslation("bulk.assignToMe"));
        status.setPlaceholder(getTranslation("bulk.status"));
        status.setAriaLabel(getTranslation("bulk.status"));
        markSpam.setText(getTranslation("bulk.spam"));
    }
}
