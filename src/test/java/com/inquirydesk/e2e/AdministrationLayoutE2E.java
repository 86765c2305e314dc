package com.inquirydesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administration grids as a person sees them: at 1280 × 800 in English and Chinese the outbox fits the screen
 * without scrolling sideways, each header exactly above its cells and none cut; a click on a mail shows it. On a
 * 390 px phone the outbox and the users are compact rows that fit the screen.
 */
class AdministrationLayoutE2E extends BrowserTest {

    @Autowired
    IntakeService intake;

    @ParameterizedTest
    @ValueSource(strings = {"English", "中文"})
    void at_1280_px_the_outbox_fits_with_each_header_above_its_cells(String language) {
        String client = seed();
        page.setViewportSize(1280, 800);
        login(newStaff(Role.ADMIN), PASSWORD);
        if (language.equals("中文")) {
            button("中文").click();
            settle();
        }
        open("/admin/outbox");
        page.locator("vaadin-grid.admin-grid vaadin-grid-cell-content .badge")
                .first()
                .waitFor();

        var outbox = GridGeometry.of(page, "vaadin-grid.admin-grid");
        var softly = new SoftAssertions();
        softly.assertThat(outbox.overflow())
                .as("the outbox scrolls sideways by")
                .isLessThanOrEqualTo(0);
        softly.assertThat(outbox.right())
                .as("the outbox ends inside the window")
                .isLessThanOrEqualTo(1280);
        softly.assertThat(outbox.columns()).as("columns shown").hasSize(7);
        outbox.assertAligned(softly, "outbox", true);
        softly.assertAll();

        showOnlyMailsTo(client);
        page.locator("vaadin-grid.admin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(client))
                .first()
                .click();
        settle();
        Locator dialog = page.locator("vaadin-dialog.mail-dialog");
        assertThat(dialog.locator(".mail-headers")).containsText(client);
        assertThat(dialog.locator(".mail-body").first()).not().isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"English", "中文"})
    void on_a_phone_the_outbox_and_the_users_are_compact_rows_that_fit(String language) {
        String client = seed();
        page.setViewportSize(390, 844);
        String admin = newStaff(Role.ADMIN);
        login(admin, PASSWORD);
        if (language.equals("中文")) {
            button("中文").click();
            settle();
        }
        open("/admin/outbox");
        showOnlyMailsTo(client);
        Locator mail = page.locator("vaadin-grid.admin-grid .compact-row")
                .filter(new Locator.FilterOptions().setHasText(client))
                .first();
        mail.waitFor();
        assertThat(mail.locator(".badge")).isVisible();
        assertFits("outbox");

        open("/admin/users");
        // any user: beside every other test's accounts (a shared PostgreSQL) this one's row need not be drawn
        Locator user = page.locator("vaadin-grid.admin-grid .compact-row").first();
        user.waitFor();
        assertThat(user.locator(".badge")).isVisible();
        assertThat(user.locator("vaadin-button")).hasCount(3);
        assertFits("users");
    }

    /**
     * Filters the outbox by the recipient: with the mails of every other test before it (a shared PostgreSQL, mails
     * dated ahead by a test's clock) the client's mail need not be among the rows drawn.
     */
    private void showOnlyMailsTo(String client) {
        page.locator(".admin-view vaadin-text-field input").first().fill(client);
        page.locator("vaadin-grid.admin-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(client))
                .first()
                .waitFor();
        settle();
    }

    /** Nothing on the page or in the grid scrolls sideways, and the grid shows one column. */
    private void assertFits(String grid) {
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("%s: the page scrolls sideways", grid)
                .isTrue();
        var geometry = GridGeometry.of(page, "vaadin-grid.admin-grid");
        assertThat(geometry.overflow())
                .as("%s: the grid scrolls sideways by", grid)
                .isLessThanOrEqualTo(0);
        assertThat(geometry.right())
                .as("%s: the grid ends inside the screen", grid)
                .isLessThanOrEqualTo(390);
        assertThat(geometry.columns()).as("%s: columns shown", grid).hasSize(1);
    }

    /** An inquiry whose mails are in the outbox; returns the client's address, the acknowledgement's recipient. */
    private String seed() {
        String client = "layout-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        intake.submit(
                new InquiryRequest(
                        "Maria Fernández-Oyarzábal",
                        "Jiangsu Advanced Refractory Materials Co., Ltd.",
                        client,
                        null,
                        null,
                        "ceramics",
                        "Kiln furniture for a 1600 °C shuttle kiln, with a drawing and a long subject line",
                        "Please quote 200 pieces.",
                        "en",
                        true,
                        null),
                IntakeContext.api("10.62.0.1"));
        return client;
    }
}
