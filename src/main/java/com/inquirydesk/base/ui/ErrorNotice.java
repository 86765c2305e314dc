package com.inquirydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Optional;

/**
 * What went wrong, in place of a view, inside the staff shell: a heading, a sentence that says what to do, and a
 * link back to the first view of the menu (the inquiries for every role), so nobody is left without a way on.
 */
public class ErrorNotice extends Div implements LocaleChangeObserver {

    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();
    private final Span back = new Span();
    private final String headingKey;
    private final String textKey;
    private final Object[] arguments;

    /** Both texts are translation keys; the arguments fill the placeholders of both. */
    public ErrorNotice(String headingKey, String textKey, Object... arguments) {
        this.headingKey = headingKey;
        this.textKey = textKey;
        this.arguments = arguments.clone();
        addClassName("error-notice");
        add(heading, text, back);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation(headingKey, arguments));
        text.setText(getTranslation(textKey, arguments));
        back.removeAll();
        firstMenuEntry().ifPresent(entry -> {
            var link = new RouterLink(getTranslation("error.backTo", getTranslation(entry.title())), entry.menuClass());
            link.addClassName("error-back");
            back.add(link);
        });
    }

    private static Optional<MenuEntry> firstMenuEntry() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != null)
                .findFirst();
    }
}
