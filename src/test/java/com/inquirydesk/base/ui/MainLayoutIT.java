package com.inquirydesk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The app shell: a menu of exactly the views a role may open, in both languages, and none on the login page. */
class MainLayoutIT extends ViewTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SALES   | Inquiries, Contacts, My account",
                "MANAGER | Inquiries, Contacts, Dashboard, My account",
                "ADMIN   | Inquiries, Contacts, Dashboard, Users, Product lines, Company profile, Free-mail domains, Mail outbox, Company mailbox, Audit trail, My account"
            })
    void the_menu_lists_exactly_the_views_the_role_may_open_in_order(String role, String expected) {
        login(newStaff(role));

        UI.getCurrent().navigate("inquiries");

        assertThat(menuLabels()).containsExactly(expected.split(", "));
    }

    @Test
    void the_menu_links_each_view_by_its_route() {
        login(newStaff("MANAGER"));

        UI.getCurrent().navigate("inquiries");

        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getPath)
                .containsExactly("inquiries", "contacts", "dashboard", "account");
    }

    @Test
    void the_menu_title_and_logout_follow_the_language_switch() {
        login(newStaff("MANAGER"));
        UI.getCurrent().navigate("inquiries");

        _click(_get(LanguageSwitcher.class));

        assertThat(menuLabels()).containsExactly("咨询", "联系人", "仪表板", "我的账户");
        var layout = _get(MainLayout.class);
        assertThat(layout.getElement().getTextRecursively()).contains("Inquiry Desk 咨询台", "退出登录");
    }

    @Test
    void the_current_users_name_links_to_their_account() {
        String username = newStaff("SALES");
        login(username);

        UI.getCurrent().navigate("inquiries");

        RouterLink name = _get(RouterLink.class, spec -> spec.withClasses("current-user"));
        assertThat(name.getText()).isEqualTo("Staff " + username);
        assertThat(name.getHref()).isEqualTo("account");
    }

    @Test
    void the_login_page_has_no_shell() {
        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(MainLayout.class::isInstance);
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
