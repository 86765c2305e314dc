package com.inquirydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every view, in English and in Chinese, scanned with axe-core's WCAG 2.1 A and AA rules in the browser: no
 * violation that axe rates serious or critical. A failure lists each rule with its impact and the elements it
 * found, so that whoever reads it can go straight to them. Only findings inside Vaadin's own components that the
 * app cannot change are let through, each for one rule on one element and for one stated reason.
 */
class AccessibilityE2E extends BrowserTest {

    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Findings in the shadow DOM of Vaadin's components, which the app cannot change. */
    private static final List<VaadinOwn> VAADIN_OWN = List.of(
            // the tablist <vaadin-tabs> holds its tabs in a scroll <div tabindex="-1"> of its own shadow DOM
            new VaadinOwn(
                    "aria-required-children",
                    "vaadin-tabs",
                    "Element has children which are not allowed: div[tabindex]"));

    /** The session cookies of each visitor who has logged in, for the tests after the first. */
    private static final Map<Visitor, List<Cookie>> SESSIONS = new EnumMap<>(Visitor.class);

    /**
     * An inquiry assigned, in progress, with a note and a reply in its timeline, for the detail view, the grid, the
     * outbox and the dashboard; made by the first test.
     */
    private static String reference;

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    /** A finding axe reports for a rule on an element (its selector) with exactly this line of its summary. */
    record VaadinOwn(String rule, String target, String failure) {

        boolean matches(Rule rule, CheckedNode node) {
            return rule.getId().equals(this.rule)
                    && List.of(target).equals(node.getTarget())
                    && node.getFailureSummary()
                            .lines()
                            .anyMatch(line -> line.strip().equals(failure));
        }
    }

    /** Who opens a view: nobody, a salesperson (to be refused one), or an administrator, who may open all others. */
    enum Visitor {
        ANONYMOUS,
        SALES,
        ADMIN
    }

    /** A view as a visitor reaches it; {@code {reference}} in the path stands for an existing inquiry. */
    enum View {
        PUBLIC_PAGE(Visitor.ANONYMOUS, "/"),
        EMBEDDABLE_FORM(Visitor.ANONYMOUS, "/form"),
        LOGIN(Visitor.ANONYMOUS, "/login"),
        INQUIRIES(Visitor.ADMIN, "/inquiries"),
        INQUIRY_DETAIL(Visitor.ADMIN, "/inquiries/{reference}"),
        NEW_INQUIRY(Visitor.ADMIN, "/inquiries/new"),
        CONTACTS(Visitor.ADMIN, "/contacts"),
        CONTACT(Visitor.ADMIN, "/contacts/{contact}"),
        DASHBOARD(Visitor.ADMIN, "/dashboard"),
        OUTBOX(Visitor.ADMIN, "/admin/outbox"),
        MAILBOX(Visitor.ADMIN, "/admin/mailbox"),
        AUDIT_TRAIL(Visitor.ADMIN, "/admin/audit"),
        USERS(Visitor.ADMIN, "/admin/users"),
        ACCOUNT(Visitor.ADMIN, "/account"),
        PRODUCT_LINES(Visitor.ADMIN, "/admin/product-lines"),
        COMPANY_PROFILE(Visitor.ADMIN, "/admin/company"),
        FREE_MAIL_DOMAINS(Visitor.ADMIN, "/admin/free-mail-domains"),
        ACCESS_DENIED(Visitor.SALES, "/dashboard"),
        UNKNOWN_ADDRESS(Visitor.ADMIN, "/no-such-page"),
        UNKNOWN_INQUIRY(Visitor.ADMIN, "/inquiries/INQ-1999-999999");

        final Visitor visitor;
        final String path;

        View(Visitor visitor, String path) {
            this.visitor = visitor;
            this.path = path;
        }
    }

    @ParameterizedTest(name = "{0} in English and Chinese")
    @EnumSource(View.class)
    void has_no_serious_or_critical_violation_in_either_language(View view) {
        String path = view.path.replace("{reference}", reference()).replace("{contact}", contact());
        enterAs(view.visitor);

        List<String> violations = new ArrayList<>();
        show(view, path, "en");
        violations.addAll(blockingViolations("en " + path));
        show(view, path, "zh");
        violations.addAll(blockingViolations("zh " + path));

        assertThat(violations)
                .withFailMessage(
                        () -> "%s has serious or critical accessibility violations (axe-core, WCAG 2.1 A/AA):%n%s"
                                .formatted(view, String.join("\n", violations)))
                .isEmpty();
    }

    /**
     * Logs the visitor in once for the whole class and hands the session to each later test's fresh browser: the
     * logins are tested elsewhere, and each one here would cost seconds.
     */
    private void enterAs(Visitor visitor) {
        if (visitor == Visitor.ANONYMOUS) {
            return;
        }
        List<Cookie> session = SESSIONS.get(visitor);
        if (session != null) {
            page.context().addCookies(session);
            return;
        }
        login(newStaff(visitor == Visitor.SALES ? Role.SALES : Role.ADMIN), PASSWORD);
        SESSIONS.put(visitor, page.context().cookies());
    }

    /**
     * Shows the view in the language: the embeddable form by its address; a Vaadin view by opening it in English
     * (switching first when the session is in Chinese) and then by its language switch, as a person does.
     */
    private void show(View view, String path, String language) {
        if (view == View.EMBEDDABLE_FORM) {
            openPublicPage("?lang=" + language);
        } else if (language.equals("en")) {
            open(view == View.PUBLIC_PAGE ? path + "?lang=en" : path);
            if (!"en".equals(page.evaluate("() => document.documentElement.lang"))) {
                switchLanguage();
            }
        } else {
            switchLanguage();
        }
        // the embeddable form names the region too (zh-CN)
        page.waitForFunction("language => document.documentElement.lang.startsWith(language)", language);
        if (view == View.DASHBOARD) { // the charts are drawn in the browser after the page has settled
            page.waitForFunction(
                    "() => [...document.querySelectorAll('.chart-canvas')].every(c => c.querySelector('svg'))");
        }
    }

    private void switchLanguage() {
        page.locator(".language-switcher").click();
        settle();
    }

    /**
     * The page's serious and critical violations: where, the rule, its impact and what it asks for, then each element
     * it found (axe's selector, the start of its HTML) with what is wrong with it.
     */
    private List<String> blockingViolations(String where) {
        var onlyViolations = new AxeRunOptions(); // passes and the rest summed up by one element each: a faster run
        onlyViolations.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(onlyViolations)
                .withTags(WCAG_21_A_AA)
                // the views have no frames: the plain run spares the extra page axe opens to merge frames' results
                .setLegacyMode(true)
                .analyze();
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes().stream()
                    .filter(node -> BLOCKING.contains(node.getImpact()))
                    .filter(node -> VAADIN_OWN.stream().noneMatch(own -> own.matches(rule, node)))
                    .toList();
            if (!nodes.isEmpty()) {
                found.add(describe(where, rule, nodes));
            }
        }
        return found;
    }

    private static String describe(String where, Rule rule, List<CheckedNode> nodes) {
        String elements = nodes.stream()
                .map(node -> node.getTarget() + " " + abbreviate(node.getHtml()) + "\n        "
                        + node.getFailureSummary().replace("\n", "\n        "))
                .collect(Collectors.joining("\n      "));
        return "%s: %s (%s) %s\n      %s".formatted(where, rule.getId(), rule.getImpact(), rule.getHelp(), elements);
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 159) + "…" : html;
    }

    private String reference() {
        if (reference == null) {
            reference = intake.submit(
                            new InquiryRequest(
                                    "Access Scan",
                                    "Yichang Kiln Works",
                                    "scan@example.cn",
                                    "+86 717 6937697",
                                    "CN",
                                    "ceramics",
                                    "氧化铝坩埚询价",
                                    "请报价 200 件氧化铝坩埚，1600 °C。",
                                    "zh",
                                    true,
                                    null),
                            IntakeContext.api("10.62.0.1"))
                    .reference();
            work(reference);
        }
        return reference;
    }

    /** The contact of the scanned inquiry's client. */
    private String contact() {
        return jdbc.sql("select contact_id from inquiry where reference = ?")
                .param(reference())
                .query(String.class)
                .single();
    }

    /** What a salesperson does with an inquiry, so that its timeline has each kind of entry. */
    private void work(String reference) {
        String sales = newStaff(Role.SALES);
        var user = userDetails.loadUserByUsername(sales);
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContexts.setContext(context);
        try {
            triage.assign(
                    reference,
                    triage.details(reference).version(),
                    staff.findByUsername(sales).orElseThrow().id());
            triage.changeStatus(reference, triage.details(reference).version(), InquiryStatus.IN_PROGRESS);
            triage.addNote(reference, "老客户，先确认 250 ml 模具。");
            triage.reply(reference, "您好，200 件坩埚三周内可发货，报价今天发出。");
        } finally {
            securityContexts.clearContext();
        }
    }
}
