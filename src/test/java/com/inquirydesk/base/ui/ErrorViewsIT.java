package com.inquirydesk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A view the role may not open and an address with no view: a translated notice inside the shell, with the menu
 * and a way back, never the framework's English error page.
 */
class ErrorViewsIT extends ViewTest {

    @ParameterizedTest(name = "{0} opening /{1}")
    @CsvSource({"SALES, dashboard", "SALES, admin/users", "MANAGER, admin/audit"})
    void a_view_the_role_may_not_open_shows_a_translated_notice_inside_the_shell(String role, String route) {
        login(newStaff(role));

        UI.getCurrent().navigate(route);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .hasExactlyElementsOfTypes(AccessDeniedView.class, MainLayout.class);
        assertThat(_get(SideNav.class).getItems()).isNotEmpty();
        assertThat(notice())
                .containsExactly(
                        "You don’t have access to this page",
                        "Your role does not include this page. If you need it for your work, ask an administrator to change"
                                + " your role.",
                        "Back to Inquiries");
        assertThat(_get(ErrorNotice.class, spec -> spec.withClasses("error-notice")))
                .satisfies(notice ->
                        assertThat(_get(notice, RouterLink.class).getHref()).isEqualTo("inquiries"));

        _click(_get(LanguageSwitcher.class));

        assertThat(notice()).containsExactly("您无权访问此页面", "您的角色不包含此页面。如工作需要，请联系管理员调整您的角色。", "返回咨询");
    }

    @Test
    void a_visit_in_chinese_gets_the_notice_in_chinese_from_the_start() {
        login(newStaff("SALES"));
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate("dashboard");

        assertThat(notice().getFirst()).isEqualTo("您无权访问此页面");
        assertThat(_get(RouterLink.class, spec -> spec.withText("返回咨询")).getHref())
                .isEqualTo("inquiries");
    }

    @Test
    void an_address_with_no_view_shows_a_translated_notice_inside_the_shell() {
        login(newStaff("MANAGER"));

        // as when the address is opened in the browser: UI.navigate hands unknown routes to the client's router
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("inquiries-old/INQ-1"), NavigationTrigger.PAGE_LOAD);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .hasExactlyElementsOfTypes(NotFoundView.class, MainLayout.class);
        assertThat(notice())
                .containsExactly(
                        "Page not found",
                        "There is no page at /inquiries-old/INQ-1. The link may be mistyped or out of date.",
                        "Back to Inquiries");

        _click(_get(LanguageSwitcher.class));

        assertThat(notice()).containsExactly("找不到此页面", "地址 /inquiries-old/INQ-1 下没有页面。链接可能有误或已过期。", "返回咨询");
    }

    @Test
    void the_page_language_follows_the_language_switch() {
        login(newStaff("SALES"));
        documentLanguages();
        UI.getCurrent().navigate("inquiries");
        assertThat(documentLanguages()).isNotEmpty().containsOnly("en");

        _click(_get(LanguageSwitcher.class));

        assertThat(documentLanguages()).containsExactly("zh");
    }

    /** The heading, the sentence and the way back of the notice on screen. */
    private static List<String> notice() {
        ErrorNotice notice = _get(ErrorNotice.class);
        return List.of(
                _get(notice, H2.class).getText(),
                _get(notice, Paragraph.class).getText(),
                _get(notice, RouterLink.class).getText());
    }

    /** The languages the page was told to set on {@code <html lang>} since last asked. */
    private static List<Object> documentLanguages() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("document.documentElement.lang"))
                .map(invocation -> invocation.getParameters().getFirst())
                .toList();
    }
}
