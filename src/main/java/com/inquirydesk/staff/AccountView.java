package com.inquirydesk.staff;

import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Every staff member's own account: the language the app starts in after their login, and changing the password,
 * which a temporary one makes the first step.
 */
@Route("account")
@Menu(title = "staff.nav.account", order = 80)
@PermitAll
class AccountView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffService staff;
    private final H2 heading = new H2();
    final Paragraph temporaryNotice = new Paragraph();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button change = new Button();
    private final H3 languageHeading = new H3();
    private final H3 passwordHeading = new H3();
    final Select<Language> language = new Select<>();
    private final FieldErrors errors = new FieldErrors(this);

    AccountView(StaffService staff) {
        this.staff = staff;
        addClassName("admin-view");
        temporaryNotice.addClassName("notice");
        temporaryNotice.setVisible(staff.currentMustChangePassword());
        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> changePassword());
        errors.bind("currentPassword", currentPassword).bind("password", newPassword);
        var form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        language.setItems(Language.values());
        language.setValue(staff.currentPreferredLanguage().orElse(null));
        language.setWidth("min(28em, 100%)");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(change.getValue());
            }
        });
        add(heading, temporaryNotice, passwordHeading, form, change, languageHeading, language);
    }

    /** Saves the language for the next logins and shows this visit in it at once. */
    private void choose(Language chosen) {
        staff.setOwnPreferredLanguage(chosen);
        LanguageSwitcher.switchTo(chosen);
        Notification.show(getTranslation("account.language.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void changePassword() {
        errors.clear();
        confirmation.setInvalid(false);
        if (!newPassword.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("password.mismatch"));
            confirmation.setInvalid(true);
            return;
        }
        try {
            boolean wasTemporary = staff.currentMustChangePassword();
            staff.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            temporaryNotice.setVisible(false);
            Notification.show(getTranslation("password.changed"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (wasTemporary) {
                UI.getCurrent().navigate("inquiries");
            }
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("account.title"));
        temporaryNotice.setText(getTranslation("account.temporaryPassword"));
        currentPassword.setLabel(getTranslation("account.currentPassword"));
        newPassword.setLabel(getTranslation("account.newPassword"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("account.confirmPassword"));
        change.setText(getTranslation("account.change"));
        passwordHeading.setText(getTranslation("account.change"));
        languageHeading.setText(getTranslation("account.language"));
        language.setLabel(getTranslation("account.language"));
        language.setHelperText(getTranslation("account.language.ownHelper"));
        language.setItemLabelGenerator(value -> value == null ? "" : getTranslation("language." + value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
