package com.inquirydesk.reporting;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryExportRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes inquiries as RFC 4180 CSV, one row at a time as they arrive: a UTF-8 byte order mark so that Excel
 * reads Chinese correctly, a header, and every cell made safe against formula injection.
 */
final class InquiryCsvWriter implements AutoCloseable {

    static final List<String> HEADER = List.of(
            "reference",
            "received_at",
            "status",
            "priority",
            "product_line",
            "language",
            "name",
            "company",
            "email",
            "phone",
            "country_region",
            "subject",
            "message",
            "assignee",
            "first_response_at",
            "hours_to_first_response",
            "closed_at",
            "hours_to_close",
            "spam",
            "source");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private final ZoneId zone;
    private final LongFunction<String> productLineName;
    private final LongFunction<String> assigneeName;

    InquiryCsvWriter(Writer out, ZoneId zone, LongFunction<String> productLineName, LongFunction<String> assigneeName)
            throws IOException {
        out.write(BYTE_ORDER_MARK);
        this.printer =
                CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get().print(out);
        this.zone = zone;
        this.productLineName = productLineName;
        this.assigneeName = assigneeName;
        printer.printRecord(HEADER);
    }

    void write(InquiryExportRow row) {
        try {
            printer.printRecord(
                    CsvCells.safe(row.reference()),
                    time(row.receivedAt()),
                    row.status().name(),
                    row.priority().name(),
                    CsvCells.safe(productLineName.apply(row.productLineId())),
                    row.language() == Language.ZH ? "zh" : "en",
                    CsvCells.safe(row.contactName()),
                    CsvCells.safe(row.company()),
                    CsvCells.safe(row.email()),
                    CsvCells.safe(row.phone()),
                    CsvCells.safe(row.country()),
                    CsvCells.safe(row.subject()),
                    CsvCells.safe(row.message()),
                    row.assigneeId() == null ? "" : CsvCells.safe(assigneeName.apply(row.assigneeId())),
                    time(row.firstResponseAt()),
                    hours(row.receivedAt(), row.firstResponseAt()),
                    time(row.closedAt()),
                    hours(row.receivedAt(), row.closedAt()),
                    Boolean.toString(row.spam()),
                    row.source().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String hours(Instant from, @Nullable Instant to) {
        return to == null
                ? ""
                : String.format(Locale.ROOT, "%.2f", Duration.between(from, to).toSeconds() / 3600.0);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
