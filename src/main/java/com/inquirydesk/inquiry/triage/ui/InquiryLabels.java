package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Names and labels the staff views show for ids and enums: product lines, staff, statuses, sources, times. */
final class InquiryLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Component owner;
    private final CatalogService catalog;
    private final Map<Long, ProductLineSummary> productLines = new HashMap<>();
    private final Map<Long, StaffMember> staffById = new HashMap<>();
    private final List<StaffMember> staff;
    private final ZoneId zone;

    InquiryLabels(Component owner, CatalogService catalog, StaffService staffService, ZoneId zone) {
        this.owner = owner;
        this.catalog = catalog;
        this.zone = zone;
        catalog.productLinesForStaff().forEach(line -> productLines.put(line.id(), line));
        this.staff = staffService.activeStaff();
        staff.forEach(member -> staffById.put(member.id(), member));
    }

    List<ProductLineSummary> activeProductLines() {
        return productLines.values().stream()
                .filter(ProductLineSummary::active)
                .sorted(java.util.Comparator.comparingInt(ProductLineSummary::sortOrder))
                .toList();
    }

    List<StaffMember> staff() {
        return staff;
    }

    String productLine(long id) {
        ProductLineSummary line = productLines.computeIfAbsent(
                id, unknown -> catalog.productLine(unknown).orElse(null));
        return line == null ? "#" + id : line.name(language());
    }

    String staffName(@Nullable Long id) {
        if (id == null) {
            return "";
        }
        StaffMember member = staffById.get(id);
        return member == null ? "#" + id : member.displayName();
    }

    String status(InquiryStatus status) {
        return owner.getTranslation("status." + status.name());
    }

    String priority(Priority priority) {
        return owner.getTranslation("priority." + priority.name());
    }

    /** Spam signals as staff read them, from the codes stored with the inquiry ({@code too-fast,links}). */
    String spamSignals(String codes) {
        return Arrays.stream(codes.split(","))
                .map(code -> owner.getTranslation("spamSignal." + code))
                .collect(Collectors.joining(", "));
    }

    /** The name of a reply language in the language of the view: "Chinese", or "中文" on a Chinese view. */
    String languageName(Language language) {
        return owner.getTranslation("language." + language.name());
    }

    String source(InquirySource source) {
        return owner.getTranslation("source." + source.name());
    }

    String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /**
     * How long ago something happened, as people say it in a list: "5 min", "3 h", "2 d" (whole units, rounded
     * down; under a minute is "0 min").
     */
    String age(Instant since, Instant now) {
        long minutes = Math.max(0, java.time.Duration.between(since, now).toMinutes());
        if (minutes < 60) {
            return owner.getTranslation("age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return owner.getTranslation("age.hours", minutes / 60);
        }
        return owner.getTranslation("age.days", minutes / (24 * 60));
    }

    Span statusBadge(InquiryStatus status) {
        var badge = new Span(status(status));
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    Language language() {
        return Language.of(com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    /** A file size as people read it: 812 B, 14 KB, 3.2 MB. */
    String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
