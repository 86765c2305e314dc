package com.inquirydesk.base.ui;

import com.vaadin.flow.component.HasElement;
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
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame of every view that does not opt out ({@code @Route(autoLayout = false)}): the title, the language
 * switch, who is logged in, logout, and a menu of the views they may open. The menu comes from the views'
 * {@link Menu} annotations, already filtered by their access annotations, so a new view only has to say where it
 * goes in the menu. A view's menu title is a translation key, translated here so the menu follows the language.
 * Vaadin checks a layout's access annotation as well as the view's: {@code @PermitAll} lets every logged-in person
 * through to the view's own rule, so a view for anonymous visitors (the login) must opt out of the shell.
 * Above the view it shows the modules' {@link LayoutNotice}s, asked again at each navigation.
 */
@Layout
@PermitAll
final class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final Span title = new Span();
    private final Button logout = new Button();
    private final Map<SideNavItem, String> titleKeys = new LinkedHashMap<>();
    private final List<LayoutNotice> notices;
    private final Div noticeArea = new Div();
    private final Div page = new Div(noticeArea);

    MainLayout(CurrentUser user, List<LayoutNotice> notices) {
        this.notices = notices;
        addClassName("staff-layout");
        title.addClassName("app-title");
        var name = new RouterLink(user.displayName(), user.accountView());
        name.addClassName("current-user");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> user.logout());
        var end = new Div(new LanguageSwitcher(), name, logout);
        end.addClassName("navbar-end");
        addToNavbar(new DrawerToggle(), title, end);
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
        noticeArea.addClassName("layout-notices");
        page.addClassName("staff-page");
        setContent(page);
    }

    /**
     * Puts the view below the notices. {@link AppLayout}'s own version would set the view as the content; setting
     * the page again instead would detach and re-attach it, and the views with it, so this closes the phone's
     * drawer itself, as that version does.
     */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        page.getChildren().filter(child -> child != noticeArea).toList().forEach(page::remove);
        if (view != null) {
            page.getElement().appendChild(view.getElement());
        }
        noticeArea.removeAll();
        notices.stream().map(LayoutNotice::notice).flatMap(Optional::stream).forEach(noticeArea::add);
        noticeArea.setVisible(noticeArea.getComponentCount() > 0);
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    private SideNav menu() {
        var nav = new SideNav();
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            item.setMatchNested(true);
            titleKeys.put(item, entry.title());
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        PageLanguage.follow(event);
        title.setText(getTranslation("staff.title"));
        titleKeys.forEach((item, key) -> item.setLabel(getTranslation(key)));
        logout.setText(getTranslation("staff.logout"));
    }
}
