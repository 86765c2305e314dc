package com.inquirydesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff grids as a person sees them: at 1280 × 800 in English and Chinese the inquiry grid fits the screen
 * without scrolling sideways and, like the outbox's, has each header exactly above its cells; on a phone the
 * filters fold away and each inquiry is a two-line row.
 */
class GridLayoutE2E extends BrowserTest {

    @Autowired
    IntakeService intake;

    @ParameterizedTest
    @ValueSource(strings = {"English", "中文"})
    void at_1280_px_the_grids_fit_and_each_header_lies_above_its_cells(String language) {
        seed();
        page.setViewportSize(1280, 800);
        login(newStaff(Role.ADMIN), PASSWORD);
        if (language.equals("中文")) {
            button("中文").click();
            settle();
        }
        open("/inquiries");
        page.locator("vaadin-grid.inquiry-grid vaadin-grid-cell-content span.badge.status-new")
                .first()
                .waitFor();

        var softly = new SoftAssertions();
        var inquiries = GridGeometry.of(page, "vaadin-grid.inquiry-grid");
        softly.assertThat(inquiries.overflow())
                .as("the inquiry grid scrolls sideways by")
                .isLessThanOrEqualTo(0);
        softly.assertThat(inquiries.right())
                .as("the inquiry grid ends inside the window")
                .isLessThanOrEqualTo(1280);
        inquiries.assertAligned(softly, "inquiry grid", true);
        softly.assertThat(inquiries.columns()).as("columns shown").hasSizeGreaterThanOrEqualTo(8);

        open("/admin/outbox");
        page.locator("vaadin-grid vaadin-grid-cell-content").first().waitFor();
        GridGeometry.of(page, "vaadin-grid").assertAligned(softly, "outbox", false);
        softly.assertAll();
    }

    @Test
    void on_a_phone_the_filters_fold_into_one_button_and_each_inquiry_is_a_two_line_row() {
        String marker = seed();
        page.setViewportSize(390, 844);
        login(newStaff(Role.SALES), PASSWORD);
        open("/inquiries?q=" + marker);
        Locator row = page.locator("vaadin-grid.inquiry-grid .compact-row").first();
        row.waitFor();

        Locator search = field("Search reference, name, company, email, subject, message");
        assertThat(search).isHidden();
        assertThat(row.locator(".compact-line")).hasCount(2);
        assertThat(row).containsText("INQ-");
        assertThat(row).containsText("Kiln " + marker);
        List<Map<String, Object>> shown =
                GridGeometry.of(page, "vaadin-grid.inquiry-grid").columns();
        assertThat(shown).as("the selection column and the two-line one").hasSize(2);
        assertFitsPhone(390, List.of(), "Filters (1)");

        button("Filters (1)").click();
        settle();
        assertThat(search).isVisible();
        assertFitsPhone(390, List.of("Product line", "Priority"), "Filters (1)");
    }

    @Test
    void the_columns_menu_shows_a_hidden_column_and_a_window_narrowed_to_a_phone_gets_the_phone_layout() {
        seed();
        page.setViewportSize(1280, 800);
        login(newStaff(Role.SALES), PASSWORD);
        open("/inquiries");
        page.locator("vaadin-grid.inquiry-grid vaadin-grid-cell-content span.badge")
                .first()
                .waitFor();
        assertThat(headers()).contains("Subject").doesNotContain("Company");

        // the menu's items are made on the server when it first opens: they must be there at the first click
        button("Columns").click();
        Locator company =
                page.locator("vaadin-context-menu-item").filter(new Locator.FilterOptions().setHasText("Company"));
        Locator subject =
                page.locator("vaadin-context-menu-item").filter(new Locator.FilterOptions().setHasText("Subject"));
        assertThat(company).isVisible();
        assertThat(company).not().hasAttribute("menu-item-checked", "");
        assertThat(subject).hasAttribute("menu-item-checked", "");

        company.click();
        settle();
        assertThat(company).hasAttribute("menu-item-checked", "");
        assertThat(headers()).contains("Subject", "Company");

        // narrowed to a phone's width: the phone's column and its Filters button are made then
        page.keyboard().press("Escape");
        page.setViewportSize(390, 844);
        assertThat(page.locator("vaadin-grid.inquiry-grid .compact-row").first())
                .isVisible();
        assertThat(button("Filters")).isVisible();
    }

    private List<String> headers() {
        return GridGeometry.of(page, "vaadin-grid.inquiry-grid").headers();
    }

    /** A few inquiries, the newest with a long subject and a long company name; returns their marker. */
    private String seed() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        submit("Chen Jing", "Jiangsu Advanced Refractory Materials Co., Ltd.", "zh", "坩埚询价 " + marker);
        submit("Maria Fernández-Oyarzábal", null, "en", "Kiln " + marker + " furniture for a 1600 °C shuttle kiln");
        return marker;
    }

    private void submit(String name, String company, String language, String subject) {
        intake.submit(
                new InquiryRequest(
                        name,
                        company,
                        "grid." + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
                        null,
                        null,
                        "ceramics",
                        subject,
                        "Please quote 200 pieces.",
                        language,
                        true,
                        null),
                IntakeContext.api("10.61.0.1"));
    }
}
