package com.inquirydesk.base.ui;

import com.inquirydesk.base.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * The visible 中文 | English switch. The choice is kept in the session, so it holds for the whole visit,
 * and every view that observes locale changes re-renders its texts.
 */
public class LanguageSwitcher extends Nav implements LocaleChangeObserver {

    private final Button chinese = new Button("中文", click -> switchTo(Language.ZH));
    private final Button english = new Button("English", click -> switchTo(Language.EN));

    public LanguageSwitcher() {
        addClassName("language-switcher");
        chinese.getElement().setAttribute("lang", "zh");
        english.getElement().setAttribute("lang", "en");
        var separator = new Span("|");
        separator.getElement().setAttribute("aria-hidden", "true");
        add(chinese, separator, english);
    }

    /** Switches the whole visit to a language. */
    public static void switchTo(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("language.switcher"));
        Language current = Language.of(event.getLocale());
        mark(chinese, current == Language.ZH);
        mark(english, current == Language.EN);
    }

    private static void mark(Button button, boolean current) {
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
        button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
    }
}
