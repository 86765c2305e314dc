package com.inquirydesk.base.ui;

import com.inquirydesk.base.Language;
import com.vaadin.flow.i18n.LocaleChangeEvent;

/**
 * Keeps the page's {@code <html lang>} on the language the visit is shown in, so that screen readers speak the
 * texts in it and the browser picks Chinese glyphs for Chinese. Vaadin renders the page once; the language
 * switch changes only the components, so the document's attribute is set on every change of locale.
 */
public final class PageLanguage {

    private PageLanguage() {}

    /** Sets {@code <html lang>} to the language of the new locale ({@code en} or {@code zh}). */
    public static void follow(LocaleChangeEvent event) {
        String code = Language.of(event.getLocale()).code();
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", code);
    }
}
