package com.inquirydesk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of browserless view tests: Karibu-Testing's mocked Vaadin environment over the Spring context. Routes,
 * the {@code @Layout} app shell and the error views are found with Spring's scanner (Karibu's own discovery finds
 * none under this build's class path).
 */
@IntegrationTest
public abstract class ViewTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes();
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
            for (var candidate : scanner.findCandidateComponents("com.inquirydesk")) {
                routes.getRoutes()
                        .add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                                .asSubclass(Component.class));
            }
            // the app's own views for a denied and an unknown route, in place of Karibu's that throw
            routes.getErrorRoutes().clear();
            var errorViews = new ClassPathScanningCandidateComponentProvider(false);
            errorViews.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
            for (var candidate : errorViews.findCandidateComponents("com.inquirydesk")) {
                routes.addErrorRoutes(errorView(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HasErrorParameter<?>> errorView(Class<?> type) {
        return (Class<? extends HasErrorParameter<?>>) type.asSubclass(HasErrorParameter.class);
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /**
     * The public page as a browser gets it, e.g. {@code publicPage("lang=zh")}. It is plain HTML made by a
     * Spring MVC controller, not a Vaadin view.
     */
    protected Document publicPage(String query) {
        try {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .build();
            String html = mvc.perform(MockMvcRequestBuilders.get("/form?" + query))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            return Jsoup.parse(html);
        } catch (Exception e) {
            throw new IllegalStateException("The public page could not be rendered", e);
        }
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Logs a staff member in the way Spring Security and Vaadin see it: the security context (in the thread
     * and the session) and the mock request's principal and roles.
     */
    protected void login(String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    /** The button with this text in the {@code actions} column of the first row that matches. */
    protected static <T> Button rowAction(Grid<T> grid, Predicate<T> row, String text) {
        List<T> items = GridKt._findAll(grid);
        for (int i = 0; i < items.size(); i++) {
            if (row.test(items.get(i))) {
                Component cell = GridKt._getCellComponent(grid, i, "actions");
                return LocatorJ._get(cell, Button.class, spec -> spec.withText(text));
            }
        }
        throw new AssertionError("No row in the grid matches");
    }

    /** A new staff account with a unique username; returns the username. */
    protected String newStaff(String role) {
        String username = role.toLowerCase(java.util.Locale.ROOT) + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        context.getBean(StaffService.class)
                .create(
                        username,
                        "Staff " + username,
                        username + "@example.com",
                        Role.valueOf(role),
                        "a long enough password");
        return username;
    }
}
