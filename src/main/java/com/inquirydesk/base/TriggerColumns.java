package com.inquirydesk.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the columns an H2 row trigger reads are in the rows it is given. */
public final class TriggerColumns {

    private TriggerColumns() {}

    /**
     * The index in a row of each of these columns (upper case), in their order.
     *
     * @throws SQLException when the table lacks one, saying what {@code purpose} needs them
     */
    public static Map<String, Integer> of(
            Connection connection, String schema, String table, List<String> names, String purpose)
            throws SQLException {
        Map<String, Integer> found = new LinkedHashMap<>();
        names.forEach(name -> found.put(name, -1));
        try (var columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                if (found.containsKey(name)) {
                    found.put(name, columns.getInt("ORDINAL_POSITION") - 1);
                }
            }
        }
        if (found.containsValue(-1)) {
            throw new SQLException(table + " lacks the columns " + purpose + ": " + names);
        }
        return found;
    }
}
