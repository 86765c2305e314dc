package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.TriggerColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's row trigger on {@code inquiry} (migration {@code db/vendor/h2/V18}): notes in {@code inquiry_tally_change}
 * each inquiry inserted (+1), deleted (−1), and moved to another day, product line or status (−1 and +1), in the
 * transaction that changes it. PostgreSQL's trigger does the same in PL/pgSQL.
 */
public final class InquiryTallyTrigger implements Trigger {

    private static final List<String> COLUMNS = List.of("RECEIVED_AT", "PRODUCT_LINE_ID", "STATUS");

    private Map<String, Integer> columns = Map.of();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        columns = TriggerColumns.of(connection, schema, table, COLUMNS, "the tally counts by");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && sameTally(oldRow, newRow)) {
            return;
        }
        try (var insert = connection.prepareStatement("""
                insert into inquiry_tally_change (received_on, product_line_id, status, inquiries)
                values (?, ?, ?, ?)""")) {
            if (oldRow != null) {
                note(insert, oldRow, -1);
            }
            if (newRow != null) {
                note(insert, newRow, 1);
            }
            insert.executeBatch();
        }
    }

    private void note(PreparedStatement insert, Object[] row, int inquiries) throws SQLException {
        insert.setObject(1, utcDay(row[columns.get("RECEIVED_AT")]));
        insert.setObject(2, row[columns.get("PRODUCT_LINE_ID")]);
        insert.setObject(3, row[columns.get("STATUS")]);
        insert.setInt(4, inquiries);
        insert.addBatch();
    }

    /** The UTC day of a {@code received_at} as H2 hands it to a trigger. */
    static LocalDate utcDay(Object receivedAt) {
        Instant instant = switch (receivedAt) {
            case OffsetDateTime time -> time.toInstant();
            case Instant time -> time;
            default -> throw new IllegalArgumentException("received_at is a " + receivedAt.getClass());
        };
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private boolean sameTally(Object[] oldRow, Object[] newRow) {
        return columns.values().stream().allMatch(column -> Objects.equals(oldRow[column], newRow[column]));
    }
}
