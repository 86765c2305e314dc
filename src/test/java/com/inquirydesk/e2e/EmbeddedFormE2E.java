package com.inquirydesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.domain.AttachmentRepository;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embeddable form in an {@code <iframe>} on another site's page, with README's one line: on the page of an
 * origin in {@code inquiry.web.embed-origins} a client sends an inquiry without leaving that page, and on any
 * other site's page the browser refuses to show the form.
 *
 * <p>The sites' pages come from a small HTTP server on this machine, reached by two names ({@code *.localhost}
 * is this machine to Chromium), so two origins, neither of them the app's. They are served from this machine, not
 * made up by the browser ({@code page.route}): Chromium's Local Network Access refuses to frame an address on this
 * machine in a page from anywhere else, and a page the browser made up counts as from elsewhere. (The company's
 * website and the app are both on the internet, where the question does not arise.)
 */
class EmbeddedFormE2E extends BrowserTest {

    /** The app's address in README's snippet, which the test replaces with this app's. */
    private static final String README_ADDRESS = "https://desk.example.com";

    private static HttpServer sites;
    /** The page every site serves: README's snippet pointing at this app, once the app's port is known. */
    private static volatile String sitePage = "";

    @DynamicPropertySource
    static void sitesAndTheOneAllowed(DynamicPropertyRegistry registry) throws IOException {
        sites = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sites.createContext("/", exchange -> {
            byte[] body = sitePage.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        sites.start();
        registry.add("inquiry.web.embed-origins", () -> site("shop"));
    }

    @AfterAll
    static void stopSites() {
        sites.stop(0);
    }

    /** The company's website ({@code shop}, allowed) or another site ({@code other}). */
    private static String site(String name) {
        return "http://" + name + ".localhost:" + sites.getAddress().getPort();
    }

    @Autowired
    InquiryRepository inquiries;

    @Autowired
    AttachmentRepository attachments;

    @Test
    void on_the_company_website_a_client_sends_an_inquiry_with_a_drawing_from_inside_the_frame() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        FrameLocator frame = openSitePage(site("shop"));
        assertThat(frame.locator("h2").first()).hasText("提交咨询");

        field(frame, "姓名").fill("李明");
        field(frame, "公司").fill("宜昌陶瓷厂");
        field(frame, "电子邮箱").fill("li.ming." + marker + "@example.cn");
        field(frame, "电话").fill("0717-6937000");
        field(frame, "国家/地区").selectOption(new SelectOption().setLabel("中国"));
        field(frame, "产品线").selectOption(new SelectOption().setLabel("高温陶瓷"));
        field(frame, "主题").fill("嵌入表单询价 " + marker);
        field(frame, "留言").fill("请报价 50 件氧化铝坩埚。");
        field(frame, "附件").setInputFiles(new FilePayload("图纸.pdf", "application/pdf", ClientJourneyE2E.DRAWING));
        frame.getByLabel("我同意", new FrameLocator.GetByLabelOptions().setExact(false))
                .check();
        frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("提交咨询"))
                .click();

        Locator reference = frame.locator(".confirmation .reference");
        assertThat(reference).hasText(Pattern.compile("INQ-\\d{4}-\\d{6}"));
        assertThat(page).hasURL(site("shop") + "/");
        Inquiry stored = inquiries.findByReference(reference.textContent()).orElseThrow();
        assertThat(stored.subject()).isEqualTo("嵌入表单询价 " + marker);
        assertThat(stored.company()).isEqualTo("宜昌陶瓷厂");
        assertThat(stored.country()).isEqualTo("CN");
        assertThat(stored.language()).isEqualTo(Language.ZH);
        assertThat(stored.source()).isEqualTo(InquirySource.FORM);
        assertThat(attachments.findByInquiryIdOrderByIdAsc(stored.id()))
                .extracting(attachment -> attachment.toInfo().fileName())
                .containsExactly("图纸.pdf");
        assertThat(page.context().cookies()).as("cookies the embedded form set").isEmpty();
    }

    @Test
    void on_another_site_the_browser_refuses_to_show_the_form() {
        ConsoleMessage refusal = page.waitForConsoleMessage(
                new Page.WaitForConsoleMessageOptions()
                        .setPredicate(message -> message.text().contains("frame-ancestors")),
                () -> openSitePage(site("other")));

        assertThat(refusal.text()).contains("Framing '" + url("/") + "'", "frame-ancestors " + site("shop"));
        assertThat(page.frameLocator("iframe").locator("form")).hasCount(0);
        assertThat(takePolicyViolations()).containsExactly(refusal.text());
    }

    /** Opens a site's page, which holds nothing but README's snippet pointing at this app. */
    private FrameLocator openSitePage(String site) {
        sitePage = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + site
                + "</title></head><body>" + readmeSnippet().replace(README_ADDRESS, url("")) + "</body></html>";
        page.navigate(site + "/");
        return page.frameLocator("iframe");
    }

    /** The one line README tells the company to add to its website. */
    private static String readmeSnippet() {
        try {
            String snippet = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("<iframe "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("README has no <iframe> snippet"));
            assertThat(snippet).startsWith("<iframe src=\"" + README_ADDRESS + "/form");
            return snippet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locator field(FrameLocator frame, String label) {
        return frame.getByLabel(label, new FrameLocator.GetByLabelOptions().setExact(true));
    }
}
