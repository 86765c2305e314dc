package com.inquirydesk.base.ui;

import com.inquirydesk.base.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * The switch to the other language: "中文" on English views, "English" on Chinese ones. The choice is kept
 * in the session, so it holds for the whole visit, and every view that observes locale changes re-renders its
 * texts. One button rather than a pair: each component costs memory in every staff session.
 */
public class LanguageSwitcher extends Button implements LocaleChangeObserver {

    private Language other = Language.ZH;

    public LanguageSwitcher() {
        addClassName("language-switcher");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> switchTo(other));
    }

    /** Switches the whole visit to a language. */
    public static void switchTo(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        other = Language.of(event.getLocale()) == Language.ZH ? Language.EN : Language.ZH;
        setText(other == Language.ZH ? "中文" : "English");
        getElement().setAttribute("lang", other.code());
    }
}
