package com.inquirydesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.catalog.CatalogAdministration;
import com.inquirydesk.catalog.ProductLineDraft;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard in a real browser: ECharts loads from its webjar under the app's Content-Security-Policy, draws
 * the product lines' names as text in either language, follows the window's width, and a click on a bar opens
 * the grid on the inquiries it counts.
 */
class DashboardE2E extends BrowserTest {

    @Autowired
    IntakeService intake;

    @Autowired
    CatalogAdministration catalogAdministration;

    @Autowired
    JdbcClient jdbc;

    private String code;
    private long lineId;
    private List<String> counted;
    private String spam;

    /** A product line of its own with two inquiries and one spam, so its bar says 2 whatever other tests add. */
    @BeforeEach
    void seed() {
        code = "d" + UUID.randomUUID().toString().substring(0, 5);
        asAdmin(() -> catalogAdministration.create(
                new ProductLineDraft(code, "Kilns " + code, "窑具 " + code, "", "", 950, List.of(), List.of(), "", "")));
        lineId = jdbc.sql("select id from product_line where code = ?")
                .param(code)
                .query(Long.class)
                .single();
        counted = List.of(submit("Setter plates"), submit("Saggars"));
        spam = submit("Cheap watches");
        jdbc.sql("update inquiry set status = 'SPAM' where reference = ?")
                .param(spam)
                .update();
    }

    @Test
    void a_click_on_a_product_lines_bar_opens_the_grid_on_its_inquiries_without_spam() {
        login(newStaff(Role.MANAGER), PASSWORD);
        open("/dashboard");
        Locator perLine = chart(0);
        assertThat(perLine.locator("svg text").filter(new Locator.FilterOptions().setHasText("Kilns " + code)))
                .hasCount(1);

        clickBar(perLine, "Kilns " + code);

        page.waitForURL(url -> url.contains("/inquiries?"));
        settle();
        InquiryFilter filter = InquiryFilter.fromParametersStrictly(
                QueryParameters.fromString(URI.create(page.url()).getRawQuery()).getParameters());
        assertThat(filter.productLineId()).isEqualTo(lineId);
        assertThat(filter.statuses()).doesNotContain(InquiryStatus.SPAM).contains(InquiryStatus.NEW);
        assertThat(filter.receivedFrom()).isNotNull();
        for (String reference : counted) {
            assertThat(page.getByText(reference, new Page.GetByTextOptions().setExact(true))
                            .first())
                    .isVisible();
        }
        assertThat(page.getByText(spam, new Page.GetByTextOptions().setExact(true)))
                .hasCount(0);
    }

    @Test
    void the_charts_draw_chinese_as_text_and_fit_a_phone() {
        login(newStaff(Role.MANAGER), PASSWORD);
        open("/dashboard");
        button("中文").click();
        settle();

        Locator perLine = chart(0);
        assertThat(perLine.locator("svg text").filter(new Locator.FilterOptions().setHasText("窑具 " + code)))
                .hasCount(1);
        assertThat(chart(1).locator("svg text").filter(new Locator.FilterOptions().setHasText("处理中")))
                .hasCount(1);
        double wide = perLine.locator("svg").first().boundingBox().width;

        page.setViewportSize(390, 844);
        page.waitForFunction(
                "() => [...document.querySelectorAll('.chart-canvas svg')].every(svg => svg.getBoundingClientRect().right <= 390)");

        assertThat(perLine.locator("svg").first().boundingBox().width).isLessThan(wide);
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scroll at 390 px")
                .isTrue();
        // the name's label ends left of where the bars begin: containLabel keeps it clear of them
        var label = perLine.locator("svg text")
                .filter(new Locator.FilterOptions().setHasText("窑具 " + code))
                .boundingBox();
        assertThat(label.x).isGreaterThanOrEqualTo(0);
        assertThat(label.x + label.width).isLessThanOrEqualTo(barsStartAt(perLine));
    }

    /** The chart's canvas; waits until ECharts has drawn it. */
    private Locator chart(int index) {
        Locator canvas = page.locator(".chart-canvas").nth(index);
        canvas.locator("svg").first().waitFor();
        return canvas;
    }

    /** Clicks the middle of the bar with this label, where ECharts itself says it is. */
    private void clickBar(Locator canvas, String label) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) canvas.evaluate("""
                (canvas, label) => {
                  const chart = echarts.getInstanceByDom(canvas);
                  const option = chart.getOption();
                  const index = option.yAxis[0].data.indexOf(label);
                  const value = option.series[0].data[index];
                  return chart.convertToPixel({seriesIndex: 0}, [value / 2, label]);
                }""", label);
        var box = canvas.boundingBox();
        page.mouse()
                .click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
    }

    /** Where the value axis starts, in page pixels. */
    private double barsStartAt(Locator canvas) {
        Number x = (Number) canvas.evaluate("""
                canvas => {
                  const chart = echarts.getInstanceByDom(canvas);
                  const label = chart.getOption().yAxis[0].data[0];
                  return chart.convertToPixel({seriesIndex: 0}, [0, label])[0];
                }""");
        return canvas.boundingBox().x + x.doubleValue();
    }

    private String submit(String subject) {
        return intake.submit(
                        new InquiryRequest(
                                "Dashboard Client",
                                null,
                                "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                                null,
                                null,
                                code,
                                subject,
                                "Please quote.",
                                "en",
                                true,
                                null),
                        IntakeContext.api("10.61.0.1"))
                .reference();
    }
}
