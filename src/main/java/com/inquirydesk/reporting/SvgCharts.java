package com.inquirydesk.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the dashboard's charts on the server with JFreeChart and writes them as SVG with JFreeSVG. Text stays
 * text in the SVG, so the browser draws Chinese labels with its own fonts.
 */
final class SvgCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 320;

    private static final Color BAR = new Color(0x1676f3);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private SvgCharts() {}

    /** A bar chart of labelled values, in the order given. */
    static String bars(Map<String, ? extends Number> values, String valueAxis, boolean horizontal) {
        var dataset = new DefaultCategoryDataset();
        values.forEach((label, value) -> dataset.addValue(value, "", label));
        var chart = new JFreeChart(null, FONT, categoryPlot(dataset, valueAxis), false);
        var plot = chart.getCategoryPlot();
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        plot.setRenderer(renderer);
        return svg(chart);
    }

    /** A line chart over ordered categories, e.g. months. */
    static String line(Map<String, ? extends Number> values, String valueAxis) {
        var dataset = new DefaultCategoryDataset();
        values.forEach((label, value) -> dataset.addValue(value, "", label));
        var chart = new JFreeChart(null, FONT, categoryPlot(dataset, valueAxis), false);
        var renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, BAR);
        chart.getCategoryPlot().setRenderer(renderer);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return svg(chart);
    }

    private static CategoryPlot categoryPlot(DefaultCategoryDataset dataset, String valueAxis) {
        var plot = new CategoryPlot(
                dataset, new org.jfree.chart.axis.CategoryAxis(), new org.jfree.chart.axis.NumberAxis(valueAxis), null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        return plot;
    }

    private static String svg(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        // a view box and no fixed size: the chart scales to the width of its card instead of being cropped
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
