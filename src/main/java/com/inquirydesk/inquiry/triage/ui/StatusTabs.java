package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.InquiryStatus;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A tab for all inquiries and one per status, each with the number of inquiries the rest of the filter selects. */
class StatusTabs extends Tabs {

    private final Map<Tab, @Nullable InquiryStatus> tabStatus = new LinkedHashMap<>();
    private final Map<@Nullable InquiryStatus, Tab> statusTab = new LinkedHashMap<>();

    /** @param chosen told the status a person picked, none for all */
    StatusTabs(Consumer<@Nullable InquiryStatus> chosen) {
        tabStatus.put(new Tab(), null);
        for (InquiryStatus status : InquiryStatus.values()) {
            tabStatus.put(new Tab(), status);
        }
        tabStatus.forEach((tab, status) -> statusTab.put(status, tab));
        add(tabStatus.keySet().toArray(Tab[]::new));
        addSelectedChangeListener(change -> chosen.accept(tabStatus.get(change.getSelectedTab())));
    }

    Optional<InquiryStatus> selected() {
        return Optional.ofNullable(tabStatus.get(getSelectedTab()));
    }

    void select(@Nullable InquiryStatus status) {
        setSelectedTab(statusTab.get(status));
    }

    /** Labels each tab with its status and count; {@code all} is the label of the tab of every status. */
    void showCounts(Map<InquiryStatus, Long> counts, String all, InquiryLabels labels) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        tabStatus.forEach((tab, status) -> tab.setLabel((status == null ? all : labels.status(status)) + " ("
                + (status == null ? total : counts.getOrDefault(status, 0L)) + ")"));
    }
}
