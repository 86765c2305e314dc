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

    /** For each column shown: its header's text and the edges of its header and first body cell, in px. */
    private static final String COLUMNS = """
            grid => {
              const root = grid.shadowRoot;
              const table = root.querySelector('#table');
              const headers = [...root.querySelectorAll('#header tr:first-child th')]
                  .filter(cell => !cell.hidden && cell.getBoundingClientRect().width > 0);
              const cells = [...root.querySelectorAll('#items tr:first-child td')]
                  .filter(cell => !cell.hidden && cell.getBoundingClientRect().width > 0);
              const content = cell => (cell.querySelector('slot')?.assignedElements() ?? [])[0];
              return {
                overflow: table.scrollWidth - table.clientWidth,
                gridRight: grid.getBoundingClientRect().right,
                columns: headers.map((header, i) => {
                  const text = content(header);
                  const sorter = text?.querySelector('vaadin-grid-sorter');
                  const label = sorter ?? text;
                  return {
                    header: text ? text.textContent.trim() : '',
                    headerCut: label ? label.scrollWidth > label.clientWidth + 1 : false,
                    headerLeft: header.getBoundingClientRect().left,
                    headerRight: header.getBoundingClientRect().right,
                    cellLeft: cells[i] ? cells[i].getBoundingClientRect().left : -1,
                    cellRight: cells[i] ? cells[i].getBoundingClientRect().right : -1
                  };
                })
              };
            }""";

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
        Map<String, Object> inquiries = measure("vaadin-grid.inquiry-grid");
        softly.assertThat(((Number) inquiries.get("overflow")).doubleValue())
                .as("the inquiry grid scrolls sideways by")
                .isLessThanOrEqualTo(0);
        softly.assertThat(((Number) inquiries.get("gridRight")).doubleValue())
                .as("the inquiry grid ends inside the window")
                .isLessThanOrEqualTo(1280);
        assertAligned(softly, "inquiry grid", inquiries, true);
        softly.assertThat(columns(inquiries)).as("columns shown").hasSizeGreaterThanOrEqualTo(8);

        open("/admin/outbox");
        page.locator("vaadin-grid vaadin-grid-cell-content").first().waitFor();
        assertAligned(softly, "outbox", measure("vaadin-grid"), false);
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
        List<Map<String, Object>> shown = columns(measure("vaadin-grid.inquiry-grid"));
        assertThat(shown).as("the selection column and the two-line one").hasSize(2);
        assertFitsPhone(390, List.of(), "Filters (1)");

        button("Filters (1)").click();
        settle();
        assertThat(search).isVisible();
        assertFitsPhone(390, List.of("Product line", "Priority"), "Filters (1)");
    }

    private void assertAligned(SoftAssertions softly, String grid, Map<String, Object> measured, boolean headersWhole) {
        for (Map<String, Object> column : columns(measured)) {
            String header = (String) column.get("header");
            softly.assertThat(number(column, "cellLeft"))
                    .as("%s: left edge of the cells under '%s'", grid, header)
                    .isCloseTo(number(column, "headerLeft"), org.assertj.core.data.Offset.offset(1.0));
            softly.assertThat(number(column, "cellRight"))
                    .as("%s: right edge of the cells under '%s'", grid, header)
                    .isCloseTo(number(column, "headerRight"), org.assertj.core.data.Offset.offset(1.0));
            if (headersWhole) {
                softly.assertThat((Boolean) column.get("headerCut"))
                        .as("%s: header '%s' is cut", grid, header)
                        .isFalse();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measure(String grid) {
        return (Map<String, Object>) page.locator(grid).first().evaluate(COLUMNS);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> columns(Map<String, Object> measured) {
        return (List<Map<String, Object>>) measured.get("columns");
    }

    private static double number(Map<String, Object> column, String name) {
        return ((Number) column.get(name)).doubleValue();
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
