package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryFilter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EChartsOptionsTest {

    private static final InquiryFilter ANY = InquiryFilter.all();

    @Test
    void bars_across_keep_their_labels_clear_on_the_left_first_bar_on_top_each_with_its_value() {
        var chart = new BarChart(
                "Inquiries per product line",
                "Product line",
                "Inquiries",
                "",
                0,
                true,
                List.of(new BarChart.Bar("High-temperature ceramics", 12, ANY), new BarChart.Bar("天然气", 0, ANY)));

        JsonNode options = EChartsOptions.of(chart);

        assertThat(options.path("grid").path("containLabel").asBoolean()).isTrue();
        assertThat(options.path("xAxis").path("type").asString()).isEqualTo("value");
        assertThat(options.path("xAxis").path("minInterval").asInt()).isEqualTo(1);
        JsonNode categories = options.path("yAxis");
        assertThat(categories.path("type").asString()).isEqualTo("category");
        assertThat(categories.path("inverse").asBoolean()).isTrue();
        assertThat(categories.path("data").get(0).asString()).isEqualTo("High-temperature ceramics");
        assertThat(categories.path("data").get(1).asString()).isEqualTo("天然气");
        assertThat(categories.path("axisLabel").path("overflow").asString()).isEqualTo("break");
        JsonNode series = options.path("series").get(0);
        assertThat(series.path("type").asString()).isEqualTo("bar");
        assertThat(series.path("name").asString()).isEqualTo("Inquiries");
        assertThat(series.path("data").get(0).asDouble()).isEqualTo(12);
        assertThat(series.path("data").get(1).asDouble()).isZero();
        assertThat(series.path("label").path("position").asString()).isEqualTo("right");
        assertThat(series.path("label").path("formatter").asString()).isEqualTo("{c}");
        assertThat(options.path("tooltip").path("formatter").asString()).isEqualTo("{b}<br/>{a}: {c}");
    }

    @Test
    void months_stand_upright_along_the_bottom_and_hours_carry_their_unit() {
        var months = new BarChart(
                "Inquiries per month",
                "Month",
                "Inquiries",
                "",
                0,
                false,
                List.of(new BarChart.Bar("2026-11", 3, ANY), new BarChart.Bar("2026-12", 5, ANY)));
        var hours = new BarChart(
                "Median hours", "Product line", "Hours", "小时", 1, true, List.of(new BarChart.Bar("天然气", 4.5, ANY)));

        JsonNode upright = EChartsOptions.of(months);
        JsonNode withUnit = EChartsOptions.of(hours);

        assertThat(upright.path("xAxis").path("type").asString()).isEqualTo("category");
        assertThat(upright.path("xAxis").path("data").get(1).asString()).isEqualTo("2026-12");
        assertThat(upright.path("yAxis").path("type").asString()).isEqualTo("value");
        assertThat(upright.path("series").get(0).path("label").path("position").asString())
                .isEqualTo("top");
        assertThat(withUnit.path("series")
                        .get(0)
                        .path("label")
                        .path("formatter")
                        .asString())
                .isEqualTo("{c} 小时");
        assertThat(withUnit.path("xAxis").has("minInterval")).isFalse();
        assertThat(hours.format(4.5)).isEqualTo("4.5 小时");
        assertThat(months.format(3)).isEqualTo("3");
    }

    /** A name is data: ECharts draws it as text, and nothing in the options is ever run as code. */
    @Test
    void a_name_that_looks_like_markup_or_code_stays_a_plain_string() {
        String hostile = "<img src=x onerror=alert(1)> {b} ${x}";
        var chart = new BarChart("t", "c", "m", "", 0, true, List.of(new BarChart.Bar(hostile, 1, ANY)));

        JsonNode options = EChartsOptions.of(chart);

        assertThat(options.path("yAxis").path("data").get(0).isString()).isTrue();
        assertThat(options.path("yAxis").path("data").get(0).asString()).isEqualTo(hostile);
        assertThat(options.toString()).doesNotContain("function");
    }
}
