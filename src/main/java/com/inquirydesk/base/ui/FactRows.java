package com.inquirydesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The label-and-value rows of a detail page's facts (an inquiry's, a contact's, an organisation's). */
public final class FactRows {

    private FactRows() {}

    /** A row with its label on the left and the value beside it. */
    public static Div row(String label, Component value) {
        var name = new Span(label);
        name.addClassName("fact-label");
        var row = new Div(name, value);
        row.addClassName("fact");
        return row;
    }

    /** Adds a row for a text, unless there is none. */
    public static void text(HasComponents facts, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(row(label, new Span(value)));
        }
    }
}
