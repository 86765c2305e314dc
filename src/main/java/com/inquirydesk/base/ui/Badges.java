package com.inquirydesk.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small rounded labels that say what an entry is or where it stands ({@code .badge} in styles.css). */
public final class Badges {

    private Badges() {}

    /** A badge with an icon before its text; the icon is hidden from screen readers, as the text says it all. */
    public static Span withIcon(VaadinIcon icon, String text, String... classNames) {
        var shown = icon.create();
        shown.getElement().setAttribute("aria-hidden", "true");
        var badge = new Span(shown, new Span(text));
        badge.addClassName("badge");
        badge.addClassNames(classNames);
        return badge;
    }
}
