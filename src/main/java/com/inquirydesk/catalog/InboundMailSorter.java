package com.inquirydesk.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides which product line a mail to the company belongs to, over the lines as they are now; the rules are
 * those of {@link CatalogService#routeMail}.
 */
final class InboundMailSorter {

    private static final Comparator<ProductLineSummary> DISPLAY_ORDER = Comparator.comparingInt(
                    ProductLineSummary::sortOrder)
            .thenComparing(line -> Objects.requireNonNull(line.id(), "stored line"));

    private final List<ProductLineSummary> lines;

    InboundMailSorter(List<ProductLineSummary> lines) {
        this.lines = lines.stream().sorted(DISPLAY_ORDER).toList();
    }

    /** The id of the line the mail belongs to. */
    long sort(List<String> recipients, String subjectAndText) {
        return byAddress(recipients)
                .or(() -> byKeywords(subjectAndText))
                .or(this::unassigned)
                .map(ProductLineSummary::id)
                .orElseThrow(() -> new IllegalStateException(
                        "The product line '" + ProductLine.UNASSIGNED + "' is missing; mail cannot be sorted"));
    }

    private Optional<ProductLineSummary> byAddress(List<String> recipients) {
        List<String> addresses =
                recipients.stream().map(InboundMailSorter::bareAddress).toList();
        return lines.stream()
                .filter(ProductLineSummary::active)
                .filter(line -> !line.inboundAddress().isEmpty() && addresses.contains(line.inboundAddress()))
                .findFirst();
    }

    private Optional<ProductLineSummary> byKeywords(String subjectAndText) {
        String text = ProductLineKeywords.prepare(subjectAndText);
        @Nullable ProductLineSummary best = null;
        long bestHits = 0;
        for (ProductLineSummary line : lines) {
            if (!line.active() || !line.selectable()) {
                continue;
            }
            long hits = line.keywords().stream()
                    .filter(keyword -> ProductLineKeywords.foundIn(keyword, text))
                    .count();
            // lines come in display order: a tie keeps the line shown first
            if (hits > bestHits) {
                best = line;
                bestHits = hits;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<ProductLineSummary> unassigned() {
        return lines.stream()
                .filter(line -> line.code().equals(ProductLine.UNASSIGNED))
                .findFirst();
    }

    /** {@code Sales <Sales@Company.example>} and {@code sales@company.example} are the same recipient. */
    private static String bareAddress(String recipient) {
        String address = recipient.strip();
        int open = address.lastIndexOf('<');
        int close = address.lastIndexOf('>');
        if (open >= 0 && close > open) {
            address = address.substring(open + 1, close).strip();
        }
        return address.toLowerCase(Locale.ROOT);
    }
}
