package com.inquirydesk.reporting;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Unit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * One chart of the dashboard, drawn in the browser by Apache ECharts, so that the reader's own fonts draw Chinese
 * (the server has none). The script comes from the ECharts webjar at run time, without a frontend build. A click
 * on a bar opens the grid with that bar's filter; the figures are also a table under the chart, for screen
 * readers and keyboards, whose labels link to the same rows.
 */
class ChartCard extends Div {

    /** ECharts' bundle of the common charts, a third smaller than the full one, served from its webjar. */
    static final String SCRIPT = "context://webjars/echarts/dist/echarts.common.min.js";

    /** The triage grid's route, which reads its filter from the query parameters. */
    static final String GRID = "inquiries";

    /**
     * Draws the chart into the card's canvas with the options as data, follows the canvas's size (a window
     * resized, a phone turned) and hands a click on a bar to the server. The text takes the page's font.
     */
    private static final String DRAW = """
            const card = this;
            const canvas = card.querySelector('.chart-canvas');
            const options = $0;
            options.textStyle = {fontFamily: getComputedStyle(canvas).fontFamily};
            echarts.getInstanceByDom(canvas)?.dispose();
            canvas.chartResizing?.disconnect();
            const chart = echarts.init(canvas, null, {renderer: 'svg'});
            chart.setOption(options);
            chart.on('click', bar => card.$server.open(bar.dataIndex));
            canvas.chartResizing = new ResizeObserver(() => chart.resize());
            canvas.chartResizing.observe(canvas);
            """;

    private static final int BAR_HEIGHT = 34;

    private final BarChart chart;
    private final ObjectNode options;

    /**
     * @param showTable the summary of the table's disclosure, e.g. "Show as a table"
     * @param empty what the card says when the chart has no bar
     */
    ChartCard(BarChart chart, String showTable, String empty) {
        this.chart = chart;
        this.options = EChartsOptions.of(chart);
        addClassName("chart");
        add(new H3(chart.title()));
        if (chart.bars().isEmpty()) {
            add(new Paragraph(empty));
            return;
        }
        var canvas = new Div();
        canvas.addClassName("chart-canvas");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", chart.title());
        int height =
                chart.across() ? Math.max(160, 48 + BAR_HEIGHT * chart.bars().size()) : 300;
        canvas.setHeight(height, Unit.PIXELS);
        var details = new NativeDetails(showTable, table());
        details.addClassName("chart-table");
        add(canvas, details);
    }

    private NativeTable table() {
        var table = new NativeTable();
        table.setCaptionText(chart.title());
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(chart.category());
        head.addHeaderCell().setText(chart.measure());
        for (BarChart.Bar bar : chart.bars()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().add(link(bar));
            row.addDataCell().setText(chart.format(bar.value()));
        }
        return table;
    }

    /** A link to the grid that the Vaadin router follows in the page, as it does for the menu's links. */
    private static Anchor link(BarChart.Bar bar) {
        var link = new Anchor(GRID + "?" + parameters(bar).getQueryString(), bar.label());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static QueryParameters parameters(BarChart.Bar bar) {
        return new QueryParameters(bar.opens().toParameters());
    }

    /** The options drawn, for tests. */
    ObjectNode options() {
        return options;
    }

    BarChart chart() {
        return chart;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (!chart.bars().isEmpty()) {
            attach.getUI().getPage().addJavaScript(SCRIPT);
            getElement().executeJs(DRAW, options);
        }
    }

    /** Opens the grid with the filter of the bar clicked; an index the chart does not have is ignored. */
    @ClientCallable
    void open(int index) {
        if (index >= 0 && index < chart.bars().size()) {
            getUI().ifPresent(ui -> ui.navigate(GRID, parameters(chart.bars().get(index))));
        }
    }
}
