package com.inquirydesk.staff;

import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.base.ui.PageLanguage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The staff login. Whatever went wrong (unknown user, wrong password, locked account) it shows one and the
 * same message, so the page tells nobody which accounts exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final H1 title = new H1();
    final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var header = new Div(title, new LanguageSwitcher());
        header.addClassName("login-header");
        add(header, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("inquiries");
            return;
        }
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        keepUsername(failed);
    }

    /**
     * After a failed login the page reloads with an empty form; the browser keeps the username typed, for this tab
     * only, and puts it back, so the person retypes only the password. The server never echoes it.
     */
    private void keepUsername(boolean failed) {
        form.getElement().executeJs("""
                const key = 'inquiry-desk.login.username';
                this.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username));
                const typed = sessionStorage.getItem(key);
                sessionStorage.removeItem(key);
                if ($0 && typed) {
                    this.querySelector('#vaadinLoginUsername').value = typed;
                    requestAnimationFrame(() => this.querySelector('#vaadinLoginPassword').focus());
                }
                """, failed);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        PageLanguage.follow(event);
        title.setText(getTranslation("login.title"));
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
