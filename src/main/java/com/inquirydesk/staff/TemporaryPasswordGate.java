package com.inquirydesk.staff;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Someone with a temporary password (set by an administrator) replaces it before anything else: whatever view
 * they open, they get their account view. It watches every navigation of every UI, so it holds for views of any
 * module, with or without the app shell.
 */
@Component
class TemporaryPasswordGate implements VaadinServiceInitListener {

    private final StaffService staff;

    TemporaryPasswordGate(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != AccountView.class && staff.currentMustChangePassword()) {
            event.forwardTo(AccountView.class);
        }
    }
}
