package com.inquirydesk.staff;

import com.inquirydesk.base.ui.LanguageSwitcher;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every staff view: navigation, the language switch, who is logged in, and logout. */
@PermitAll
public class StaffLayout extends AppLayout implements LocaleChangeObserver {

    private final Span title = new Span();
    private final SideNavItem inquiries = new SideNavItem("", "inquiries");
    private final SideNavItem dashboard = new SideNavItem("", "dashboard");
    private final SideNavItem users = new SideNavItem("", "admin/users");
    private final SideNavItem productLines = new SideNavItem("", "admin/product-lines");
    private final SideNavItem company = new SideNavItem("", "admin/company");
    private final SideNavItem outbox = new SideNavItem("", "admin/outbox");
    private final SideNavItem audit = new SideNavItem("", "admin/audit");
    private final SideNavItem account = new SideNavItem("", AccountView.class);
    private final Button logout = new Button();

    StaffLayout(AuthenticationContext authentication, StaffService staff) {
        addClassName("staff-layout");
        title.addClassName("app-title");
        String name = staff.current().map(StaffMember::displayName).orElse("");
        var user = new RouterLink(name, AccountView.class);
        user.addClassName("current-user");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> authentication.logout());
        var end = new Div(new LanguageSwitcher(), user, logout);
        end.addClassName("navbar-end");
        addToNavbar(new DrawerToggle(), title, end);
        var nav = new SideNav();
        nav.addItem(inquiries);
        if (authentication.hasRole(Role.MANAGER_ROLE)) {
            nav.addItem(dashboard);
        }
        if (authentication.hasRole(Role.ADMIN_ROLE)) {
            nav.addItem(users, productLines, company, outbox, audit);
        }
        nav.addItem(account);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.title"));
        inquiries.setLabel(getTranslation("staff.nav.inquiries"));
        dashboard.setLabel(getTranslation("staff.nav.dashboard"));
        users.setLabel(getTranslation("staff.nav.users"));
        productLines.setLabel(getTranslation("staff.nav.productLines"));
        company.setLabel(getTranslation("staff.nav.company"));
        outbox.setLabel(getTranslation("staff.nav.outbox"));
        audit.setLabel(getTranslation("staff.nav.audit"));
        account.setLabel(getTranslation("staff.nav.account"));
        logout.setText(getTranslation("staff.logout"));
    }
}
