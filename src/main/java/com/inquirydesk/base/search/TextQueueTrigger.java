package com.inquirydesk.base.search;

import com.inquirydesk.base.TriggerColumns;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * An H2 row trigger that enqueues a row for its table's {@link QueuedGramIndex} in the transaction that inserts
 * or deletes it or changes a searched field; a change of any other column leaves the queue alone. A table's
 * trigger is a subclass that names the queue and the searched columns (H2 creates it by its class name).
 */
public abstract class TextQueueTrigger implements Trigger {

    private final String insert;
    private final List<String> searchedColumns;
    private int idColumn = -1;
    private List<Integer> searchedPositions = List.of();

    /**
     * @param queue the queue table
     * @param queued its column for the row's id
     * @param searchedColumns the searched columns, upper case
     */
    protected TextQueueTrigger(String queue, String queued, List<String> searchedColumns) {
        this.insert = "insert into " + queue + " (" + queued + ") values (?)";
        this.searchedColumns = List.copyOf(searchedColumns);
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        var columns = new ArrayList<>(List.of("ID"));
        columns.addAll(searchedColumns);
        var positions = TriggerColumns.of(connection, schema, table, columns, "the text index reads");
        idColumn = positions.get("ID");
        searchedPositions = searchedColumns.stream().map(positions::get).toList();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && sameText(oldRow, newRow)) {
            return;
        }
        Object id = (newRow != null ? newRow : oldRow)[idColumn];
        try (var statement = connection.prepareStatement(insert)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    private boolean sameText(Object[] oldRow, Object[] newRow) {
        return searchedPositions.stream().allMatch(column -> Objects.equals(oldRow[column], newRow[column]));
    }
}
