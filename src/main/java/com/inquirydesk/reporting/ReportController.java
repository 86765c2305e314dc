package com.inquirydesk.reporting;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.web.AbortedTransfer;
import com.inquirydesk.inquiry.ExportFailedException;
import com.inquirydesk.inquiry.InquiryExport;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryOrder;
import com.inquirydesk.inquiry.InquirySort;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for scripts (a cron job with a MANAGER account over HTTP Basic): the grid's CSV with the same
 * filters as query parameters ({@code status}, {@code line}, {@code assignee}, {@code priority}, {@code lang},
 * {@code from}, {@code to}, {@code overdue}, {@code q}; {@code sort=received}, {@code sort=-received}, …) and
 * the monthly summary. A parameter that is not a filter, or a value that cannot be read, is answered 400: a
 * script's typo must not quietly export everything.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String SORT = "sort";

    private final InquiryExport export;
    private final SummaryReport summary;
    private final MessageSource messages;

    ReportController(InquiryExport export, SummaryReport summary, MessageSource messages) {
        this.export = export;
        this.summary = summary;
        this.messages = messages;
    }

    @GetMapping("/inquiries.csv")
    void inquiries(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Map<String, List<String>> parameters = parameters(request, Set.of(SORT));
        InquiryFilter filter = InquiryFilter.fromParametersStrictly(parameters);
        List<InquiryOrder> orders = orders(parameters.getOrDefault(SORT, List.of()));
        send(response, export.fileName(filter), out -> export.write(filter, orders, Language.of(locale), out));
    }

    @GetMapping("/summary.csv")
    void summary(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        InquiryFilter filter = InquiryFilter.fromParametersStrictly(parameters(request, Set.of()));
        send(
                response,
                export.fileName(filter).replace("inquiries-", "summary-"),
                out -> summary.write(filter, Language.of(locale), out));
    }

    /** A report that failed before its first byte went out: an ordinary 500 problem. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(ExportFailedException failed, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("api.exportFailed", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A report that failed midway goes on to the servlet container as it is: see {@link #send}. */
    @ExceptionHandler
    void aborted(AbortedTransfer aborted) throws AbortedTransfer {
        throw aborted;
    }

    /**
     * Sends a report. One that fails midway must not end like a complete file: it must not be closed, and Tomcat
     * must close the connection without the final chunk, so that {@code curl} reports a transfer error and a
     * browser a failed download ({@link AbortedTransfer}); the error page the container would write into the
     * half-sent file is skipped by the web guards.
     */
    private static void send(HttpServletResponse response, String fileName, CsvBody body) throws IOException {
        response.setContentType(CSV);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        try {
            body.writeTo(response.getOutputStream());
        } catch (ExportFailedException failed) {
            if (response.isCommitted()) {
                throw new AbortedTransfer(failed.getMessage());
            }
            response.reset(); // nothing went out: the CSV headers and any buffered rows give way to a problem
            throw failed;
        }
    }

    /** The query parameters; a name that is neither a filter nor one of {@code extra} is refused. */
    private static Map<String, List<String>> parameters(HttpServletRequest request, Set<String> extra) {
        Map<String, List<String>> parameters = new HashMap<>();
        List<FieldViolation> unknown = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (InquiryFilter.PARAMETERS.contains(name) || extra.contains(name)) {
                parameters.put(name, Arrays.asList(values));
            } else {
                unknown.add(new FieldViolation(name, "api.unknownParameter", name));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return parameters;
    }

    /** {@code sort=received} ascending, {@code sort=-received} descending; an unknown column is refused. */
    static List<InquiryOrder> orders(List<String> sorts) {
        List<InquiryOrder> orders = new ArrayList<>();
        for (String sort : sorts) {
            boolean descending = sort.startsWith("-");
            String column = sort.replaceFirst("^[-+]", "").toUpperCase(Locale.ROOT);
            orders.add(Arrays.stream(InquirySort.values())
                    .filter(candidate -> candidate.name().equals(column))
                    .findFirst()
                    .map(found -> new InquiryOrder(found, descending))
                    .orElseThrow(() -> new InvalidInputException(SORT, "api.badParameter", SORT, sort)));
        }
        return orders;
    }

    /** Writes one report to the response's stream. */
    @FunctionalInterface
    private interface CsvBody {
        void writeTo(OutputStream out) throws IOException;
    }
}
