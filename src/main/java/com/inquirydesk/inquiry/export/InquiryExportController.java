package com.inquirydesk.inquiry.export;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.web.CsvDownload;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grid's CSV for scripts (a cron job with a MANAGER account over HTTP Basic), with the same filters as query
 * parameters ({@code status}, {@code line}, {@code assignee}, {@code priority}, {@code lang}, {@code from},
 * {@code to}, {@code overdue}, {@code q}; {@code sort=received}, {@code sort=-received}, …). A parameter that is
 * not a filter, or a value that cannot be read, is answered 400: a script's typo must not quietly export
 * everything.
 */
@RestController
class InquiryExportController {

    private static final String SORT = "sort";

    private final InquiryCsvExport export;

    InquiryExportController(InquiryCsvExport export) {
        this.export = export;
    }

    @GetMapping("/api/reports/inquiries.csv")
    void inquiries(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Map<String, List<String>> parameters = InquiryFilter.knownParameters(request.getParameterMap(), Set.of(SORT));
        InquiryFilter filter = InquiryFilter.fromParametersStrictly(parameters);
        List<InquiryOrder> orders = InquiryOrder.fromParameters(SORT, parameters.getOrDefault(SORT, List.of()));
        CsvDownload.send(
                response, export.fileName(filter), out -> export.write(filter, orders, Language.of(locale), out));
    }
}
