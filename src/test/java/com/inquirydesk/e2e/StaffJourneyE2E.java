package com.inquirydesk.e2e;

import static com.inquirydesk.notification.SmtpServer.recipient;
import static com.inquirydesk.notification.SmtpServer.subject;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.catalog.CatalogAdministration;
import com.inquirydesk.catalog.ProductLineDraft;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.notification.SmtpServer;
import com.inquirydesk.reporting.ExportTestRows;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffJourneyE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    IntakeService intake;

    @Autowired
    CatalogAdministration catalogAdministration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_sales_user_finds_an_inquiry_by_its_chinese_text_works_it_and_the_client_gets_the_reply() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String client = "liu.yang." + marker + "@example.cn";
        String reference = submit(client, "ceramics", "坩埚询价", "我们需要耐火坩埚" + marker + "，请尽快报价。", "zh");
        String sales = newStaff(Role.SALES);
        login(sales, PASSWORD);

        field("Search reference, name, company, email, subject, message").fill("耐火坩埚" + marker);
        Locator row =
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        // the status is a badge the browser fills in from a template, in the language of the page
        assertThat(page.locator("vaadin-grid-cell-content span.badge.status-new"))
                .not()
                .hasCount(0);
        assertThat(page.locator("vaadin-grid-cell-content span.badge.status-new")
                        .first())
                .hasText("New");
        row.click();
        page.waitForURL(url -> url.contains("/inquiries/" + reference + "?")); // with the grid's filter, for next
        settle();

        button("Assign to me").click();
        settle();
        choose("Status", "In progress");
        field("Internal note (the client never sees it)").fill("客户是老客户，优先处理。");
        button("Add note").click();
        settle();
        field("Reply to the client by email (in Chinese)").fill("您好，200 件坩埚的报价见下：每件 85 元。");
        button("Send reply").click();
        settle();
        Locator preview = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Send this reply?"));
        assertThat(preview).containsText(client);
        assertThat(preview).containsText("回复：坩埚询价 [" + reference + "]");
        assertThat(preview).containsText("每件 85 元");
        button("Send").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Reply queued for " + client);

        assertThat(page.locator(".timeline")).containsText("客户是老客户，优先处理。");
        var row2 = jdbc.sql("""
                        select i.status, u.username from inquiry i join app_user u on u.id = i.assignee_id
                        where i.reference = ?""").param(reference).query().singleRow();
        assertThat(row2.values()).containsExactly("IN_PROGRESS", sales);
        MimeMessage reply = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> smtp.received().stream()
                                .filter(mail -> subject(mail).startsWith("回复：")
                                        && mentions(subject(mail), reference)
                                        && recipient(mail).equals(client))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(recipient(reply)).isEqualTo(client);
        assertThat(text(reply)).contains("每件 85 元");
    }

    @Test
    void new_inquiry_ends_the_grids_header_row_and_on_a_phone_it_and_its_form_fit_the_screen() {
        login(newStaff(Role.MANAGER), PASSWORD); // a manager also has the export link in that row
        open("/inquiries");
        Locator header = page.locator(".grid-header");
        Locator newInquiry = button("New inquiry");
        assertThat(newInquiry).hasAttribute("theme", java.util.regex.Pattern.compile(".*\\bprimary\\b.*"));
        assertEndsTheRow(newInquiry, header);
        assertThat(newInquiry.boundingBox().x)
                .as("after the export link")
                .isGreaterThan(page.locator(".export-link").boundingBox().x);

        page.setViewportSize(390, 844);
        settle();
        assertFitsPhone(390, List.of(), "New inquiry");
        assertEndsTheRow(newInquiry, header);
        assertThat(page.locator(".app-title").boundingBox().height)
                .as("the top bar's title on one line")
                .isLessThan(40);

        newInquiry.click();
        page.waitForURL(url -> url.endsWith("/inquiries/new"));
        settle();
        assertFitsPhone(
                390, List.of("Name", "Email", "Message", "How the client agreed to be contacted"), "Save inquiry");
    }

    /** The element's right edge is the row's, give or take a pixel of rounding. */
    private static void assertEndsTheRow(Locator element, Locator row) {
        var box = element.boundingBox();
        var rowBox = row.boundingBox();
        assertThat(box.x + box.width).isCloseTo(rowBox.x + rowBox.width, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void an_export_that_fails_midway_is_a_failed_download_and_the_manager_is_told() {
        String marker = "g" + UUID.randomUUID().toString().substring(0, 8);
        // newest first in the grid, so the unreadable row, the oldest, comes last in the export
        ExportTestRows.insertUnreadable(jdbcTemplate, marker, Instant.parse("2019-01-01T00:00:00Z"));
        ExportTestRows.insert(jdbcTemplate, marker, 3_000, Instant.parse("2020-01-01T00:00:00Z"));
        try {
            exportFailsMidway(marker);
        } finally {
            ExportTestRows.delete(jdbcTemplate, marker); // a database shared by the tests must not keep them
        }
    }

    private void exportFailsMidway(String marker) {
        login(newStaff(Role.MANAGER), PASSWORD);
        open("/inquiries?q=" + marker);
        assertThat(page.getByText("INQ-" + marker + "-002999").first()).isVisible();

        Download download =
                page.waitForDownload(() -> page.locator(".export-link").click());

        assertThat(download.failure())
                .as("the browser must mark the download failed")
                .isNotNull();
        assertThat(page.getByText("The export failed before its last row", new Page.GetByTextOptions()))
                .isVisible();
    }

    @Test
    void a_manager_filters_the_grid_downloads_exactly_those_rows_and_sees_the_dashboard_charts() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String first = submit("a." + marker + "@example.cn", "ceramics", "坩埚 " + marker, "氧化铝坩埚，“1600°C”，200 件", "zh");
        String second =
                submit("b." + marker + "@example.com", "ceramics", "Crucibles " + marker, "Alumina, 50 pcs", "en");
        String third = submit("c." + marker + "@example.cn", "natural-gas", "天然气 " + marker, "工业用气报价", "zh");
        login(newStaff(Role.MANAGER), PASSWORD);

        field("Search reference, name, company, email, subject, message").fill(marker);
        // the search field sends its text after a pause; the address shows the filter once the server applied it
        page.waitForURL(url -> url.contains("q=" + marker));
        settle();
        choose("Product line", "High-temperature ceramics");
        page.waitForURL(url -> url.contains("line=") && url.contains("q=" + marker));
        assertThat(page.getByText(first, new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        assertThat(page.getByText(second, new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        assertThat(page.getByText(third, new Page.GetByTextOptions().setExact(true)))
                .hasCount(0);
        Download download =
                page.waitForDownload(() -> page.locator(".export-link").click());

        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records).extracting(record -> record.get(0)).containsExactlyInAnyOrder(first, second);
        assertThat(csv).contains("氧化铝坩埚，“1600°C”，200 件").doesNotContain("天然气 " + marker);

        open("/dashboard");
        Locator charts = page.locator(".chart-canvas");
        assertThat(charts).hasCount(4);
        for (int i = 0; i < 4; i++) {
            assertThat(charts.nth(i).locator("svg")).hasCount(1);
        }
    }

    @Test
    void an_admin_creates_a_user_who_can_log_in_and_deactivates_a_product_line() {
        String admin = newStaff(Role.ADMIN);
        String code = "e2e-" + UUID.randomUUID().toString().substring(0, 6);
        asAdmin(() -> catalogAdministration.create(new ProductLineDraft(
                code, "Test line " + code, "测试产品线 " + code, "", "", 900, List.of(), List.of(), "", "")));
        String username = "new-" + UUID.randomUUID().toString().substring(0, 6);
        login(admin, PASSWORD);

        open("/admin/users");
        button("New user").click();
        field("Username").fill(username);
        field("Name").fill("孙丽");
        field("Temporary password").fill("Copper kettle 93 windmill");
        button("Save").click();
        settle();
        assertThat(staff.findByUsername(username)).as("created").isPresent();

        open("/admin/product-lines");
        page.locator("vaadin-button[data-line='" + code + "']")
                .filter(new Locator.FilterOptions().setHasText("Deactivate"))
                .click();
        settle();
        openPublicPage("?lang=en");
        assertThat(page.locator("#productLine option").first()).isAttached();
        assertThat(page.locator("#productLine option[value='" + code + "']")).hasCount(0);

        open("/inquiries");
        button("Log out").click();
        page.waitForURL(url -> !url.contains("/inquiries"));
        login(username, "Copper kettle 93 windmill");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account$"));
        assertThat(page.locator(".notice")).isVisible();
    }

    @Test
    void a_view_the_role_may_not_open_and_an_unknown_address_are_explained_inside_the_app_in_its_language() {
        login(newStaff(Role.SALES), PASSWORD);
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        open("/dashboard");
        assertThat(page.locator(".error-notice h2")).hasText("You don’t have access to this page");
        assertThat(page.locator("vaadin-side-nav-item")).not().hasCount(0);

        page.locator(".language-switcher").click();
        settle();
        assertThat(page.locator(".error-notice h2")).hasText("您无权访问此页面");
        assertThat(page.locator("html")).hasAttribute("lang", "zh");

        open("/inquiries-old");
        assertThat(page.locator(".error-notice h2")).hasText("找不到此页面");
        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        page.locator(".error-notice a").click();
        page.waitForURL("**/inquiries");
        settle();
        assertThat(page.locator("vaadin-grid")).isVisible();
    }

    @Test
    void a_failed_login_keeps_the_username_and_asks_only_for_the_password_again() {
        String username = newStaff(Role.SALES);
        open("/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("not the password");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> url.contains("/login?error"));
        settle();

        assertThat(page.locator("vaadin-login-form input[name='username']")).hasValue(username);
        assertThat(page.locator("vaadin-login-form input[name='password']")).isFocused();
        page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL("**/inquiries");

        button("Log out").click();
        page.waitForURL(url -> !url.contains("/inquiries"));
        open("/login");
        assertThat(page.locator("vaadin-login-form input[name='username']")).hasValue("");
    }

    @ParameterizedTest(name = "an anonymous visitor opening {0} lands on the login page")
    @ValueSource(strings = {"/inquiries", "/dashboard", "/admin/users", "/admin/outbox", "/account"})
    void anonymous_visitors_land_on_the_login_page(String path) {
        open(path);

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form input[name='username']")).isVisible();
    }

    private String submit(String email, String line, String subject, String message, String language) {
        return intake.submit(
                        new InquiryRequest(
                                "E2E Client", null, email, null, null, line, subject, message, language, true, null),
                        IntakeContext.api("10.60.0.1"))
                .reference();
    }

    private static String text(MimeMessage mail) {
        try {
            return SmtpServer.part(mail, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
