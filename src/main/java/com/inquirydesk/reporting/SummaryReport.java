package com.inquirydesk.reporting;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.export.CsvCells;
import com.inquirydesk.base.export.ExportFailures;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.staff.Role;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly summary CSV: per month × product line × status, the number of inquiries and the median and
 * 90th percentile hours to first response.
 */
@Service
@Secured(Role.MANAGER_AUTHORITY)
class SummaryReport {

    private static final String REPORT = "summary";

    private final InquiryFacts facts;
    private final CatalogService catalog;
    private final CompanyZone zone;
    private final ExportFailures failures;

    SummaryReport(InquiryFacts facts, CatalogService catalog, CompanyZone zone, ExportFailures failures) {
        this.facts = facts;
        this.failures = failures;
        this.catalog = catalog;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    MonthlySummary summarize(InquiryFilter filter) {
        var summary = new MonthlySummary(zone.zone());
        facts.forEach(filter, summary::add);
        return summary;
    }

    /**
     * Writes the summary as CSV. The figures are all read before the first byte is written, so a failure to read
     * them leaves the output untouched; on any failure the output is neither flushed nor closed.
     *
     * @throws com.inquirydesk.base.export.ExportFailedException when the summary cannot be made (counted and logged)
     */
    @Transactional(readOnly = true, rollbackFor = IOException.class)
    public void write(InquiryFilter filter, Language language, OutputStream out) throws IOException {
        long written = 0;
        try {
            var summary = summarize(filter);
            var names = new java.util.HashMap<Long, String>();
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            var csv =
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get().print(writer);
            csv.printRecord(
                    "month",
                    "product_line",
                    "status",
                    "inquiries",
                    "median_hours_to_first_response",
                    "p90_hours_to_first_response");
            for (var entry : summary.figures().entrySet()) {
                var group = entry.getKey();
                var figures = entry.getValue();
                csv.printRecord(
                        group.month().toString(),
                        CsvCells.safe(names.computeIfAbsent(
                                group.productLineId(),
                                id -> catalog.productLine(id)
                                        .map(line -> line.name(language))
                                        .orElse("#" + id))),
                        group.status().name(),
                        figures.count(),
                        hours(figures.medianHours()),
                        hours(figures.p90Hours()));
                written++;
            }
            csv.close();
        } catch (IOException | RuntimeException failed) {
            throw failures.failed(REPORT, filter.toParameters(), written, failed);
        }
    }

    private static String hours(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
