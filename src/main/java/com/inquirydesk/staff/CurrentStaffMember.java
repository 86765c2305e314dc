package com.inquirydesk.staff;

import com.inquirydesk.base.ui.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The logged-in staff member for the app shell: their name, their account view, and logging them out. */
@SpringComponent
class CurrentStaffMember implements CurrentUser {

    private final StaffService staff;
    private final AuthenticationContext authentication;

    CurrentStaffMember(StaffService staff, AuthenticationContext authentication) {
        this.staff = staff;
        this.authentication = authentication;
    }

    @Override
    public String displayName() {
        return staff.current().map(StaffMember::displayName).orElse("");
    }

    @Override
    public Class<? extends Component> accountView() {
        return AccountView.class;
    }

    @Override
    public void logout() {
        authentication.logout();
    }
}
