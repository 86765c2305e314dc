package com.inquirydesk.inquiry.export;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.SecondThread;
import com.inquirydesk.base.export.ExportFailedException;
import com.inquirydesk.base.export.ExportFailures;
import com.inquirydesk.base.export.RowHandoff;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.ReportFileNames;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The CSV export of exactly the grid's view, for the grid's download link and for scripts: the same filter
 * record and sort, every matching row, streamed from a database cursor to the output without collecting the
 * file anywhere.
 *
 * <p>The rows are read on a second thread and written on this one, handed over a few hundred at a time
 * ({@link RowHandoff}): reading and writing each take about half of the time, and now overlap.
 */
@Service
@Secured(Role.MANAGER_AUTHORITY)
public class InquiryCsvExport {

    private static final String REPORT = "inquiries";

    private final ExportQuery query;
    private final CatalogService catalog;
    private final StaffService staff;
    private final CompanyZone zone;
    private final ReportFileNames fileNames;
    private final SecondThread secondThread;
    private final ExportFailures failures;
    private final Timer duration;

    InquiryCsvExport(
            ExportQuery query,
            CatalogService catalog,
            StaffService staff,
            CompanyZone zone,
            ReportFileNames fileNames,
            SecondThread secondThread,
            ExportFailures failures,
            MeterRegistry meters) {
        this.query = query;
        this.catalog = catalog;
        this.staff = staff;
        this.zone = zone;
        this.fileNames = fileNames;
        this.secondThread = secondThread;
        this.failures = failures;
        this.duration = Timer.builder("inquiry.export")
                .description("Time to write a CSV export that finished, from the first row to the last")
                .register(meters);
    }

    /** A file name that says what the file holds, e.g. {@code inquiries-2026-11-28-NEW-ceramics.csv}. */
    public String fileName(InquiryFilter filter) {
        return fileNames.csv(REPORT, filter);
    }

    /**
     * Streams the rows the filter selects, in the grid's order, as CSV. On success the output is flushed and
     * closed. On a failure it is neither: what was buffered is dropped, and the caller, who owns the stream, makes
     * the transfer fail.
     *
     * @param language the language of product line names
     * @throws ExportFailedException when the export stops before its last row (counted and logged here)
     */
    public void write(InquiryFilter filter, List<InquiryOrder> orders, Language language, OutputStream out)
            throws IOException {
        Map<Long, String> lines = new HashMap<>();
        Map<Long, String> assignees =
                staff.activeStaff().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        long[] written = {0};
        Timer.Sample started = Timer.start();
        try {
            var csv = new InquiryCsvWriter(
                    writer,
                    zone.zone(),
                    id -> lines.computeIfAbsent(
                            id,
                            unknown -> catalog.productLine(unknown)
                                    .map(line -> line.name(language))
                                    .orElse("#" + unknown)),
                    id -> assignees.computeIfAbsent(
                            id,
                            unknown -> staff.find(unknown)
                                    .map(StaffMember::displayName)
                                    .orElse("#" + unknown)));
            var rows = new RowHandoff<InquiryExportRow>();
            var reading = secondThread.run(() -> {
                try {
                    query.forEachRow(filter, orders, rows);
                } finally {
                    rows.finish();
                }
            });
            try {
                rows.drain(row -> {
                    csv.write(row);
                    written[0]++;
                });
            } catch (RuntimeException | InterruptedException writingFailed) {
                rows.abandon();
                reading.exceptionally(cancelled -> null).join();
                if (writingFailed instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while writing the export");
                }
                throw (RuntimeException) writingFailed;
            }
            SecondThread.join(reading);
            csv.close();
        } catch (IOException | RuntimeException failed) {
            throw failures.failed(REPORT, filter.toParameters(), written[0], failed);
        }
        started.stop(duration);
    }
}
