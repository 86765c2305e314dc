package com.inquirydesk.base.web;

import com.inquirydesk.base.export.ExportFailedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a report as a CSV file. One that fails midway must not end like a complete file: it must not be closed,
 * and Tomcat must close the connection without the final chunk, so that {@code curl} reports a transfer error and
 * a browser a failed download ({@link AbortedTransfer}); the error page the container would write into the
 * half-sent file is skipped by the web guards. One that fails before its first byte is an ordinary 500 problem
 * ({@link ApiExceptionHandler}).
 */
public final class CsvDownload {

    private static final String CSV = "text/csv;charset=UTF-8";

    private CsvDownload() {}

    /** Writes one report to the response's stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void send(HttpServletResponse response, String fileName, Body body) throws IOException {
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
}
