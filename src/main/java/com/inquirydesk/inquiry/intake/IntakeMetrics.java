package com.inquirydesk.inquiry.intake;

import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquirySubmitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts stored inquiries by source, product line and spam flag ({@code inquiry.submitted}), once committed, and
 * the bytes unpacked from zip-based attachments while checking them ({@code inquiry.attachments.unpacked}).
 */
@Component
class IntakeMetrics {

    private final MeterRegistry meters;
    private final CatalogService catalog;
    /** Product line codes by id: a code never changes, so one lookup per line serves every later inquiry. */
    private final Map<Long, String> codes = new ConcurrentHashMap<>();

    private final Counter unpacked;

    IntakeMetrics(MeterRegistry meters, CatalogService catalog) {
        this.meters = meters;
        this.catalog = catalog;
        this.unpacked = Counter.builder("inquiry.attachments.unpacked")
                .description("Bytes unpacked from zip-based attachments while checking them")
                .baseUnit("bytes")
                .register(meters);
    }

    void unpacked(long bytes) {
        unpacked.increment(bytes);
    }

    @TransactionalEventListener
    void count(InquirySubmitted inquiry) {
        String productLine = codes.computeIfAbsent(
                inquiry.productLineId(),
                id -> catalog.productLine(id).map(ProductLineSummary::code).orElse("unknown"));
        Counter.builder("inquiry.submitted")
                .description("Inquiries stored, by source, product line and spam flag")
                .tag("source", inquiry.source().name())
                .tag("productLine", productLine)
                .tag("spam", Boolean.toString(inquiry.spam()))
                .register(meters)
                .increment();
    }
}
