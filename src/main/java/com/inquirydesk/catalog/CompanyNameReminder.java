package com.inquirydesk.catalog;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.LayoutNotice;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks administrators for the company's name while it is missing in a language: the seeded profile has none, and
 * until it is set the public page's header and contact card show no name to that language's visitors.
 */
@org.springframework.stereotype.Component
class CompanyNameReminder implements LayoutNotice {

    private final CatalogService catalog;
    private final AuthenticationContext authentication;

    CompanyNameReminder(CatalogService catalog, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> notice() {
        if (!authentication.hasRole(Role.ADMIN_ROLE)) {
            return Optional.empty();
        }
        var card = catalog.companyCard();
        var missing = Arrays.stream(Language.values())
                .filter(language -> card.name(language).isBlank())
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(new Reminder(missing));
    }

    static final class Reminder extends Div implements LocaleChangeObserver {

        private final List<Language> missing;
        private final Span text = new Span();
        private final RouterLink link = new RouterLink("", CompanyProfileView.class);

        Reminder(List<Language> missing) {
            this.missing = missing;
            addClassName("layout-notice");
            getElement().setAttribute("role", "status");
            add(text, link);
        }

        @Override
        public void localeChange(LocaleChangeEvent event) {
            var languages = missing.stream()
                    .map(language -> getTranslation("language." + language.name()))
                    .collect(Collectors.joining(getTranslation("company.reminder.and")));
            text.setText(getTranslation("company.reminder", languages));
            link.setText(getTranslation("company.reminder.link"));
        }
    }
}
