package com.inquirydesk.base.export;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Records an export that failed midway, once: one WARN line with who asked, for what, how far it got and why,
 * and the {@code inquiry_export_failures_total} counter.
 */
@Component
public class ExportFailures {

    private static final Logger log = LoggerFactory.getLogger(ExportFailures.class);

    private final MeterRegistry meters;
    private final SecurityContextHolderStrategy securityContexts;

    ExportFailures(MeterRegistry meters, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.meters = meters;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Counts and logs the failure; returns the exception for the caller to throw. */
    public ExportFailedException failed(
            String report, Map<String, List<String>> filter, long rowsWritten, Throwable cause) {
        counter(report).increment();
        Throwable root = NestedExceptionUtils.getMostSpecificCause(cause);
        log.warn(
                "The {} export for {} failed after {} rows (filter {}): {}: {}",
                report,
                user(),
                rowsWritten,
                filter,
                root.getClass().getSimpleName(),
                root.getMessage());
        return new ExportFailedException(report, rowsWritten, cause);
    }

    private Counter counter(String report) {
        return Counter.builder("inquiry.export.failures")
                .description("CSV exports that stopped before their last row")
                .tag("report", report)
                .register(meters);
    }

    private String user() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication == null ? "nobody" : authentication.getName();
    }
}
