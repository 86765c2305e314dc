package com.inquirydesk.inquiry;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.catalog.CatalogService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Names of report files that say what they hold, e.g. {@code inquiries-2026-11-28-NEW-ceramics.csv}. */
@Component
public class ReportFileNames {

    private final CatalogService catalog;
    private final CompanyZone zone;
    private final Clock clock;

    ReportFileNames(CatalogService catalog, CompanyZone zone, Clock clock) {
        this.catalog = catalog;
        this.zone = zone;
        this.clock = clock;
    }

    /** The report's name, today's date in the company's zone, and what the filter selects. */
    public String csv(String report, InquiryFilter filter) {
        var name = new StringBuilder(report).append('-').append(LocalDate.now(clock.withZone(zone.zone())));
        filter.statuses().stream()
                .sorted()
                .map(InquiryStatus::name)
                .forEach(status -> name.append('-').append(status));
        if (filter.productLineId() != null) {
            catalog.productLine(filter.productLineId())
                    .ifPresent(line -> name.append('-').append(line.code()));
        }
        if (filter.overdueOnly()) {
            name.append("-overdue");
        }
        if (!filter.text().isEmpty()) {
            name.append("-search");
        }
        return name.append(".csv").toString();
    }
}
