package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.Neighbours;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Above an inquiry: back to the grid's list, and previous and next in that list, so that staff work through it
 * without going back. Each step opens the neighbour with the same list; at the list's ends the button is disabled.
 */
class ListNavigation extends Div {

    private final GridQueries queries;
    private final RouterLink back = new RouterLink();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private GridContext context = GridContext.NONE;
    private Neighbours neighbours = new Neighbours(null, null);

    ListNavigation(GridQueries queries) {
        this.queries = queries;
        addClassName("detail-navigation");
        previous.addClickListener(click -> open(neighbours.previous()));
        next.addClickListener(click -> open(neighbours.next()));
        next.setIconAfterText(true);
        for (Button step : List.of(previous, next)) {
            step.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var steps = new Div(previous, next);
        steps.addClassName("detail-steps");
        add(back, steps);
    }

    /** Shows the way back to the list and the neighbours of this inquiry in it, in the view's language. */
    void show(GridContext list, String reference) {
        context = list;
        back.setText(getTranslation("detail.back"));
        back.setRoute(InquiriesView.class);
        back.setQueryParameters(new QueryParameters(list.filter().toParameters()));
        neighbours = queries.neighbours(list.filter(), list.orders(), reference);
        step(previous, neighbours.previous(), "detail.previous");
        step(next, neighbours.next(), "detail.next");
    }

    private void step(Button button, @Nullable String reference, String key) {
        button.setText(getTranslation(key));
        button.setAriaLabel(getTranslation(key + ".label"));
        button.setTooltipText(reference);
        button.setEnabled(reference != null);
    }

    private void open(@Nullable String reference) {
        if (reference != null) {
            UI.getCurrent()
                    .navigate(
                            InquiryDetailView.class,
                            new RouteParameters(InquiryDetailView.REFERENCE, reference),
                            context.toQueryParameters());
        }
    }
}
