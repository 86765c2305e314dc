package com.inquirydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.TestProfiles;
import com.inquirydesk.notification.SmtpServer;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the journeys in a real browser: the app on a random port with a real SMTP server (GreenMail),
 * driven through Debian's Chromium by Playwright. Each test gets a fresh browser context (no cookies); a
 * failing test leaves a screenshot and the page's HTML in {@code target/browser-failures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "inquiry.mail.poll-interval=200ms",
            "inquiry.intake.min-fill-time=0s",
            "vaadin.devmode.devTools.enabled=false"
        })
@ExtendWith({BrowserAvailable.class, BrowserTest.FailureArtifacts.class})
abstract class BrowserTest {

    static final String PASSWORD = "Kiln quartz 47 lantern";
    static final SmtpServer smtp = new SmtpServer();
    private static Playwright playwright;
    private static Browser browser;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.port);
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffService staff;

    /** The strategy this context's method security reads; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    Page page;
    private BrowserContext context;
    /** What the browser refused under the Content-Security-Policy; the app must not need anything it refuses. */
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser() {
        context = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 900)
                        .setLocale("en-US")
                        .setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        assertThat(policyViolations)
                .as("refused by the Content-Security-Policy")
                .isEmpty();
    }

    /**
     * Hands over what the browser refused under a Content-Security-Policy so far, for a test that expects a refusal;
     * the check after the test then sees only what is refused later.
     */
    List<String> takePolicyViolations() {
        List<String> taken = List.copyOf(policyViolations);
        policyViolations.removeAll(taken);
        return taken;
    }

    /** One Chromium for all journeys of the run; SMTP starts with it. */
    private static synchronized Browser browser() {
        if (browser == null) {
            smtp.start();
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Chromium.executable().orElseThrow())
                            .setArgs(Chromium.FLAGS)
                            .setHeadless(true));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                playwright.close();
                smtp.stop();
            }));
        }
        return browser;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until Vaadin has rendered it. */
    void open(String path) {
        page.navigate(url(path));
        settle();
    }

    /** Opens the embeddable form, which is plain HTML without the Vaadin client. */
    void openPublicPage(String query) {
        page.navigate(url("/form" + query));
        page.locator(".inquiry-form form").waitFor();
    }

    /** Waits until the Vaadin client has no request in flight. */
    void settle() {
        settle(page);
    }

    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    void login(String username, String password) {
        open("/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }

    /** A new account with a unique username and {@link #PASSWORD}; returns the username. */
    String newStaff(Role role) {
        String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "E2E " + role + " " + username.substring(username.length() - 4), null, role, PASSWORD);
        return username;
    }

    /** The input whose label is exactly this text. */
    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /**
     * On a phone-wide page: nothing scrolls sideways, each labelled field lies inside the screen, and the button
     * can be reached.
     */
    void assertFitsPhone(int width, List<String> fieldLabels, String buttonName) {
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scroll at %d px", width)
                .isTrue();
        for (String label : fieldLabels) {
            Locator field = field(label);
            field.scrollIntoViewIfNeeded();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(field)
                    .isVisible();
            var box = field.boundingBox();
            org.assertj.core.api.Assertions.assertThat(box.x)
                    .as(label + " starts inside the screen")
                    .isGreaterThanOrEqualTo(0);
            org.assertj.core.api.Assertions.assertThat(box.x + box.width)
                    .as(label + " ends inside the screen")
                    .isLessThanOrEqualTo(width);
        }
        Locator button = button(buttonName);
        button.scrollIntoViewIfNeeded();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(button)
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(button.boundingBox().x + button.boundingBox().width)
                .isLessThanOrEqualTo(width);
    }

    /**
     * Fails when Chromium draws Chinese in the page's font as the empty box of a missing glyph, as it does on a
     * machine without a CJK font: the page then still passes every text check, but a person sees only boxes. Each
     * character is drawn on a canvas in the page's font and compared with a code point no font has (U+10FFFD).
     */
    void assertDrawsChinese() {
        @SuppressWarnings("unchecked")
        List<String> boxes = (List<String>) page.evaluate("""
                characters => {
                  const family = getComputedStyle(document.documentElement).fontFamily;
                  const canvas = document.createElement('canvas');
                  canvas.width = 48;
                  canvas.height = 48;
                  const context = canvas.getContext('2d', {willReadFrequently: true});
                  const draw = text => {
                    context.clearRect(0, 0, 48, 48);
                    context.font = '32px ' + family;
                    context.fillText(text, 4, 36);
                    return context.getImageData(0, 0, 48, 48).data.join();
                  };
                  const missing = draw('\\u{10FFFD}');
                  return characters.filter(character => draw(character) === missing);
                }""", List.of("咨", "询", "价", "退", "出"));
        assertThat(boxes)
                .as("Chinese characters Chromium draws as a missing glyph's box (is a CJK font such as Debian's"
                        + " fonts-noto-cjk installed?)")
                .isEmpty();
    }

    /** Runs set-up work that needs an administrator's rights, e.g. creating a product line, outside the browser. */
    void asAdmin(Runnable action) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "e2e-setup", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        securityContexts.setContext(context);
        try {
            action.run();
        } finally {
            securityContexts.clearContext();
        }
    }

    Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Picks an option of a vaadin-select or vaadin-combo-box by its label and the option's text. */
    void choose(String label, String option) {
        page.locator("vaadin-select, vaadin-combo-box")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))
                                .or(page.locator("input[placeholder='" + label + "']"))))
                .first()
                .click();
        page.locator("vaadin-select-item:visible, vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
        settle();
    }

    /** Whether a mail subject names this reference (INQ-2026-000001 is not INQ-2026-0000010). */
    static boolean mentions(String subject, String reference) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(reference) + "(?!\\d)")
                .matcher(subject)
                .find();
    }

    /** Saves a screenshot and the HTML of the page when a test fails, for whoever reads the CI log. */
    static class FailureArtifacts implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext extension) throws IOException {
            if (extension.getExecutionException().isEmpty()
                    || !(extension.getRequiredTestInstance() instanceof BrowserTest test)
                    || test.page == null) {
                return;
            }
            Path folder = Path.of("target", "browser-failures");
            Files.createDirectories(folder);
            String name = extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName();
            test.page.screenshot(new Page.ScreenshotOptions()
                    .setPath(folder.resolve(name + ".png"))
                    .setFullPage(true));
            Files.writeString(folder.resolve(name + ".html"), test.page.content(), StandardCharsets.UTF_8);
            System.err.println("Browser test failed; see " + folder.resolve(name + ".png") + " and .html");
        }
    }
}
