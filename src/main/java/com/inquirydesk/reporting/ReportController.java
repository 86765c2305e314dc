package com.inquirydesk.reporting;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryExport;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryOrder;
import com.inquirydesk.inquiry.InquirySort;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for scripts (a cron job with a MANAGER account over HTTP Basic): the grid's CSV with the same
 * filters as query parameters ({@code status}, {@code line}, {@code assignee}, {@code priority}, {@code lang},
 * {@code from}, {@code to}, {@code overdue}, {@code q}; {@code sort=received}, {@code sort=-received}, …) and
 * the monthly summary.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final String CSV = "text/csv;charset=UTF-8";

    private final InquiryExport export;
    private final SummaryReport summary;

    ReportController(InquiryExport export, SummaryReport summary) {
        this.export = export;
        this.summary = summary;
    }

    @GetMapping("/inquiries.csv")
    void inquiries(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        InquiryFilter filter = InquiryFilter.fromParameters(parameters(request));
        start(response, export.fileName(filter));
        export.write(
                filter, orders(request.getParameterValues("sort")), Language.of(locale), response.getOutputStream());
    }

    @GetMapping("/summary.csv")
    void summary(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        InquiryFilter filter = InquiryFilter.fromParameters(parameters(request));
        start(response, export.fileName(filter).replace("inquiries-", "summary-"));
        summary.write(filter, Language.of(locale), response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(CSV);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

    /** {@code sort=received} ascending, {@code sort=-received} descending; unknown columns are ignored. */
    static List<InquiryOrder> orders(String[] sorts) {
        List<InquiryOrder> orders = new ArrayList<>();
        for (String sort : sorts == null ? new String[0] : sorts) {
            boolean descending = sort.startsWith("-");
            String column = sort.replaceFirst("^[-+]", "").toUpperCase(Locale.ROOT);
            Arrays.stream(InquirySort.values())
                    .filter(candidate -> candidate.name().equals(column))
                    .findFirst()
                    .ifPresent(found -> orders.add(new InquiryOrder(found, descending)));
        }
        return orders;
    }
}
