package com.inquirydesk.inquiry.search;

import com.inquirydesk.inquiry.domain.TriggerColumns;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's row trigger on {@code inquiry} (migration {@code db/vendor/h2/V17}): enqueues the inquiry for the text
 * index in the transaction that inserts or deletes it or changes a searched field. A change of status or
 * assignee leaves the queue alone.
 */
public final class SearchQueueTrigger implements Trigger {

    private static final List<String> SEARCHED_COLUMNS =
            List.of("REFERENCE", "CONTACT_NAME", "COMPANY", "EMAIL", "SUBJECT", "MESSAGE");

    private int idColumn = -1;
    private List<Integer> searchedColumns = List.of();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        var columns = new ArrayList<>(List.of("ID"));
        columns.addAll(SEARCHED_COLUMNS);
        var positions = TriggerColumns.of(connection, schema, table, columns, "the text index reads");
        idColumn = positions.get("ID");
        searchedColumns = SEARCHED_COLUMNS.stream().map(positions::get).toList();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && sameText(oldRow, newRow)) {
            return;
        }
        Object id = (newRow != null ? newRow : oldRow)[idColumn];
        try (var insert = connection.prepareStatement("insert into inquiry_search_queue (inquiry_id) values (?)")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
    }

    private boolean sameText(Object[] oldRow, Object[] newRow) {
        return searchedColumns.stream().allMatch(column -> Objects.equals(oldRow[column], newRow[column]));
    }
}
