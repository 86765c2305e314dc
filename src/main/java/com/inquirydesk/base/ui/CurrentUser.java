package com.inquirydesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The logged-in person as the app shell shows them. The shell sits in {@code base}, below the module that owns
 * accounts and login, so that module provides this rather than the shell reaching up to it.
 */
public interface CurrentUser {

    /** The name to show, or an empty text when nobody is logged in. */
    String displayName();

    /** The view where people manage their own account; the shell links their name to it. */
    Class<? extends Component> accountView();

    /** Ends the session and leaves the app. */
    void logout();
}
