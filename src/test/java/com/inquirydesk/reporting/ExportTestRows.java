package com.inquirydesk.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inquiries written straight to the table for export tests, each with a marker in its subject to find them by,
 * and ones that cannot be read: a source or a status no version of the app wrote.
 */
public final class ExportTestRows {

    private static final String INSERT = """
            insert into inquiry (reference, received_at, language, contact_name, company, email, phone,
                country, product_line_id, subject, message, consent_version, consent_at, status, priority,
                first_response_at, first_response_minutes, source, spam, content_hash, version)
            values (?, ?, 'EN', ?, null, ?, null, 'DE', (select min(id) from product_line), ?, ?, '2026-11', ?, ?,
                'NORMAL', null, null, ?, false, ?, 0)""";

    private ExportTestRows() {}

    /** {@code count} readable rows a minute apart from {@code from}; the marker must be 9 characters. */
    public static void insert(JdbcTemplate jdbc, String marker, int count, Instant from) {
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(row(marker, from.plusSeconds(60L * i), "NEW", "API", i));
        }
        jdbc.batchUpdate(INSERT, values);
    }

    /** One row that the export's mapping cannot read (but the grid's can), received at {@code at}. */
    public static void insertUnreadable(JdbcTemplate jdbc, String marker, Instant at) {
        jdbc.update(INSERT, row(marker, at, "NEW", "BOGUS", 999_999));
    }

    /** One row that no reader can map, the summary's included: an unknown status. */
    public static void insertUnknownStatus(JdbcTemplate jdbc, String marker, Instant at) {
        jdbc.update(INSERT, row(marker, at, "BOGUS", "API", 999_998));
    }

    /** Removes every row inserted with this marker. */
    public static void delete(JdbcTemplate jdbc, String marker) {
        jdbc.update("delete from inquiry where reference like ?", "INQ-" + marker + "-%");
    }

    private static Object[] row(String marker, Instant at, String status, String source, int i) {
        return new Object[] {
            "INQ-%s-%06d".formatted(marker, i),
            Timestamp.from(at),
            "Client " + i,
            "client" + i + "@example.com",
            "Quote for alumina crucibles, order " + i + " " + marker,
            "Hello, please quote 500 crucibles of 250 ml, delivery to Hamburg within six weeks. Thank you.",
            Timestamp.from(at),
            status,
            source,
            Long.toHexString(i * 31L + marker.hashCode())
        };
    }
}
