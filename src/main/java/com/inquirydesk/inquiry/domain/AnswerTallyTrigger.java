package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.TriggerColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's row trigger on {@code inquiry} (migration {@code db/vendor/h2/V20}): notes in {@code answer_tally_change}
 * each answered inquiry inserted (+1), deleted (−1), and moved to another month, product line, half hour of
 * response or into or out of spam (−1 and +1), in the transaction that changes it. An unanswered inquiry, as every
 * new one is, notes nothing. PostgreSQL's trigger does the same in PL/pgSQL.
 */
public final class AnswerTallyTrigger implements Trigger {

    private static final List<String> COLUMNS =
            List.of("RECEIVED_AT", "PRODUCT_LINE_ID", "STATUS", "FIRST_RESPONSE_MINUTES");

    private Map<String, Integer> columns = Map.of();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        columns = TriggerColumns.of(connection, schema, table, COLUMNS, "the answers' tally counts by");
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow)
            throws SQLException {
        Tallied before = tallied(oldRow);
        Tallied after = tallied(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        try (var insert = connection.prepareStatement("""
                insert into answer_tally_change (received_month, spam, product_line_id, half_hour, answers)
                values (?, ?, ?, ?, ?)""")) {
            if (before != null) {
                note(insert, before, -1);
            }
            if (after != null) {
                note(insert, after, 1);
            }
            insert.executeBatch();
        }
    }

    /** Where the row counts in the tally; null for no row or an unanswered one. */
    private @Nullable Tallied tallied(Object @Nullable [] row) {
        if (row == null || row[columns.get("FIRST_RESPONSE_MINUTES")] == null) {
            return null;
        }
        return new Tallied(
                InquiryTallyTrigger.utcDay(row[columns.get("RECEIVED_AT")]).withDayOfMonth(1),
                "SPAM".equals(row[columns.get("STATUS")]),
                ((Number) row[columns.get("PRODUCT_LINE_ID")]).longValue(),
                AnswerHistogram.halfHour(((Number) row[columns.get("FIRST_RESPONSE_MINUTES")]).intValue()));
    }

    private static void note(PreparedStatement insert, Tallied row, int answers) throws SQLException {
        insert.setObject(1, row.month());
        insert.setBoolean(2, row.spam());
        insert.setLong(3, row.productLineId());
        insert.setInt(4, row.halfHour());
        insert.setInt(5, answers);
        insert.addBatch();
    }

    private record Tallied(LocalDate month, boolean spam, long productLineId, int halfHour) {}
}
