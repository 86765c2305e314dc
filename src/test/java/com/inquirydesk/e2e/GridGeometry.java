package com.inquirydesk.e2e;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;

/**
 * A grid as the browser lays it out: how far it scrolls sideways, where it ends, and for each column shown its
 * header's text and the edges of its header and first body cell, in px. The browser tests of every grid measure
 * with it, so that "fits" and "aligned" mean the same for each.
 */
final class GridGeometry {

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

    private final Map<String, Object> measured;

    private GridGeometry(Map<String, Object> measured) {
        this.measured = measured;
    }

    /** Measures the first grid the selector finds. */
    @SuppressWarnings("unchecked")
    static GridGeometry of(Page page, String grid) {
        return new GridGeometry((Map<String, Object>) page.locator(grid).first().evaluate(COLUMNS));
    }

    /** How many px the grid's table scrolls sideways; 0 or less when it fits. */
    double overflow() {
        return ((Number) measured.get("overflow")).doubleValue();
    }

    /** The right edge of the grid in the window, in px. */
    double right() {
        return ((Number) measured.get("gridRight")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> columns() {
        return (List<Map<String, Object>>) measured.get("columns");
    }

    /** The shown columns' header texts, left to right. */
    List<String> headers() {
        return columns().stream().map(column -> (String) column.get("header")).toList();
    }

    /**
     * Each column's header lies exactly above its cells (within 1 px); with {@code headersWhole}, no header text is
     * cut either.
     */
    void assertAligned(SoftAssertions softly, String grid, boolean headersWhole) {
        for (Map<String, Object> column : columns()) {
            String header = (String) column.get("header");
            softly.assertThat(number(column, "cellLeft"))
                    .as("%s: left edge of the cells under '%s'", grid, header)
                    .isCloseTo(number(column, "headerLeft"), Offset.offset(1.0));
            softly.assertThat(number(column, "cellRight"))
                    .as("%s: right edge of the cells under '%s'", grid, header)
                    .isCloseTo(number(column, "headerRight"), Offset.offset(1.0));
            if (headersWhole) {
                softly.assertThat((Boolean) column.get("headerCut"))
                        .as("%s: header '%s' is cut", grid, header)
                        .isFalse();
            }
        }
    }

    private static double number(Map<String, Object> column, String name) {
        return ((Number) column.get(name)).doubleValue();
    }
}
