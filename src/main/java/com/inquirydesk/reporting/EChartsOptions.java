package com.inquirydesk.reporting;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link BarChart} as Apache ECharts' options: plain JSON handed to the browser as data, never as code,
 * so a product line's name is drawn as text whatever it holds. Labels are kept clear of the bars (the grid
 * contains them), long names break onto a second line, and each bar is labelled with its value.
 */
final class EChartsOptions {

    static final String BAR_COLOUR = "#1676f3";
    /** How wide an axis label may get before it breaks: room for a product line's name on a phone. */
    static final int LABEL_WIDTH = 120;

    private EChartsOptions() {}

    static ObjectNode of(BarChart chart) {
        var json = JsonNodeFactory.instance;
        ObjectNode options = json.objectNode();
        String value = chart.unit().isEmpty() ? "{c}" : "{c} " + chart.unit();
        options.putObject("grid")
                .put("containLabel", true)
                .put("left", 8)
                .put("top", 24)
                .put("bottom", 8)
                .put("right", chart.across() ? 16 + 8 * value.length() : 16);
        options.putObject("tooltip").put("trigger", "item").put("formatter", "{b}<br/>{a}: " + value);

        ObjectNode categories = json.objectNode().put("type", "category");
        ArrayNode labels = categories.putArray("data");
        chart.bars().forEach(bar -> labels.add(bar.label()));
        ObjectNode axisLabel = categories.putObject("axisLabel");
        ObjectNode values = json.objectNode().put("type", "value");
        if (chart.decimals() == 0) {
            values.put("minInterval", 1);
        }
        if (chart.across()) {
            // the first bar on top, as the table lists it
            categories.put("inverse", true);
            axisLabel.put("width", LABEL_WIDTH).put("overflow", "break");
            options.set("xAxis", values);
            options.set("yAxis", categories);
        } else {
            axisLabel.put("hideOverlap", true);
            options.set("xAxis", categories);
            options.set("yAxis", values);
        }

        ObjectNode series = options.putArray("series").addObject();
        series.put("type", "bar").put("name", chart.measure()).put("barMaxWidth", 32);
        series.putObject("itemStyle").put("color", BAR_COLOUR);
        series.putObject("label")
                .put("show", true)
                .put("position", chart.across() ? "right" : "top")
                .put("formatter", value);
        ArrayNode data = series.putArray("data");
        chart.bars().forEach(bar -> data.add(bar.value()));
        return options;
    }
}
