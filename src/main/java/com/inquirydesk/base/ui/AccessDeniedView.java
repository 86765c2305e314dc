package com.inquirydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a logged-in person sees when their role may not open a view (a salesperson opening the dashboard): a
 * translated notice inside the shell, with its menu and a way back, in place of the framework's English page.
 * Vaadin's access control reroutes a denied navigation here; visitors who are not logged in go to the login.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    AccessDeniedView() {
        addClassName("error-view");
        add(new ErrorNotice("error.accessDenied.title", "error.accessDenied.text"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }
}
