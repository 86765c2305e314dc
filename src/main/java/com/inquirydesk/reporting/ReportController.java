package com.inquirydesk.reporting;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.web.CsvDownload;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.ReportFileNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly summary for scripts (a cron job with a MANAGER account over HTTP Basic), with the grid's filters as
 * query parameters. A parameter that is not a filter, or a value that cannot be read, is answered 400.
 */
@RestController
class ReportController {

    private static final String REPORT = "summary";

    private final SummaryReport summary;
    private final ReportFileNames fileNames;

    ReportController(SummaryReport summary, ReportFileNames fileNames) {
        this.summary = summary;
        this.fileNames = fileNames;
    }

    @GetMapping("/api/reports/summary.csv")
    void summary(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        InquiryFilter filter = InquiryFilter.fromParametersStrictly(
                InquiryFilter.knownParameters(request.getParameterMap(), Set.of()));
        CsvDownload.send(
                response, fileNames.csv(REPORT, filter), out -> summary.write(filter, Language.of(locale), out));
    }
}
