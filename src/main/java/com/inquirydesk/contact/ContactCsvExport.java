package com.inquirydesk.contact;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.export.CsvCells;
import com.inquirydesk.base.export.ExportFailures;
import com.inquirydesk.staff.Role;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts grid's view as CSV for managers, by the inquiry export's rules: a UTF-8 byte order mark for Excel,
 * RFC 4180 quoting, every cell made safe against formula injection ({@link CsvCells}), the rows streamed from a
 * database cursor with the counts of their inquiries read a batch at a time, and a failure midway reported so
 * that the download is marked failed, never saved as a complete file.
 */
@Service
@Secured(Role.MANAGER_AUTHORITY)
class ContactCsvExport {

    static final List<String> HEADER = List.of(
            "email",
            "name",
            "company",
            "organisation",
            "phone",
            "country_region",
            "language",
            "first_contact_at",
            "last_contact_at",
            "open_inquiries",
            "won_inquiries",
            "lost_inquiries");
    private static final String REPORT = "contacts";
    private static final int BATCH = 500;

    private final ContactQueries queries;
    private final ContactHistory history;
    private final ExportFailures failures;
    private final ZoneId zone;
    private final Clock clock;

    ContactCsvExport(
            ContactQueries queries, ContactHistory history, ExportFailures failures, CompanyZone zone, Clock clock) {
        this.queries = queries;
        this.history = history;
        this.failures = failures;
        this.zone = zone.zone();
        this.clock = clock;
    }

    /** {@code contacts-2026-12-02.csv}: the day in the company's zone. */
    String fileName() {
        return REPORT + "-" + LocalDate.now(clock.withZone(zone)) + ".csv";
    }

    /**
     * Streams the contacts the filter selects, newest contact first. On success the output is flushed and closed;
     * on a failure it is neither, and the caller makes the transfer fail.
     *
     * @throws com.inquirydesk.base.export.ExportFailedException when the export stops before its last row
     */
    @Transactional(readOnly = true)
    public void write(ContactFilter filter, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        long[] written = {0};
        try {
            writer.write('\uFEFF');
            var csv = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            csv.printRecord(HEADER);
            List<ContactRow> batch = new ArrayList<>(BATCH);
            queries.forEach(filter, row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    written[0] += print(csv, batch);
                }
            });
            written[0] += print(csv, batch);
            csv.close(true);
        } catch (IOException | RuntimeException failed) {
            throw failures.failed(REPORT, parameters(filter), written[0], failed);
        }
    }

    private int print(CSVPrinter csv, List<ContactRow> batch) {
        Map<Long, InquiryCounts> counts =
                history.countsOf(batch.stream().map(ContactRow::id).toList());
        try {
            for (ContactRow row : batch) {
                InquiryCounts of = counts.getOrDefault(row.id(), InquiryCounts.NONE);
                csv.printRecord(
                        CsvCells.safe(row.email()),
                        CsvCells.safe(row.name()),
                        CsvCells.safe(row.company()),
                        CsvCells.safe(row.organisation()),
                        CsvCells.safe(row.phone()),
                        nullToEmpty(row.country()),
                        row.language().toLowerCase(java.util.Locale.ROOT),
                        time(row.firstContactAt()),
                        time(row.lastContactAt()),
                        of.open(),
                        of.won(),
                        of.lost());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int size = batch.size();
        batch.clear();
        return size;
    }

    private String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The filter as the failure log shows it. */
    private static Map<String, List<String>> parameters(ContactFilter filter) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (filter.text() != null) {
            parameters.put("q", List.of(filter.text()));
        }
        if (filter.country() != null) {
            parameters.put("country", List.of(filter.country()));
        }
        if (filter.organisationId() != null) {
            parameters.put("organisation", List.of(filter.organisationId().toString()));
        }
        if (filter.productLineId() != null) {
            parameters.put("line", List.of(filter.productLineId().toString()));
        }
        if (filter.lastContactFrom() != null) {
            parameters.put("from", List.of(filter.lastContactFrom().toString()));
        }
        return parameters;
    }
}
