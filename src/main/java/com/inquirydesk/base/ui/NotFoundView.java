package com.inquirydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a logged-in person sees at an address with no view (a mistyped or outdated link): a translated notice
 * inside the shell with a way back, in place of the framework's English page that lists the routes.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** The address as shown; a long one is cut, it only has to be recognised. */
    private static final int SHOWN_PATH_MAX_LENGTH = 80;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = "/" + event.getLocation().getPath();
        if (path.length() > SHOWN_PATH_MAX_LENGTH) {
            path = path.substring(0, SHOWN_PATH_MAX_LENGTH - 1) + "…";
        }
        removeAll();
        addClassName("error-view");
        add(new ErrorNotice("error.notFound.title", "error.notFound.text", path));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
