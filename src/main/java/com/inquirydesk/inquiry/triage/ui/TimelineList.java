package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.triage.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An inquiry's timeline as the detail view shows it: each change, note, reply, mail and file, oldest first. */
class TimelineList extends Div {

    private final InquiryLabels labels;

    TimelineList(InquiryLabels labels) {
        this.labels = labels;
        addClassName("timeline");
    }

    /** Shows these entries in place of what was shown; returns itself to be added where it belongs. */
    Component show(List<TimelineEntry> entries) {
        removeAll();
        add(new H3(getTranslation("detail.timeline")));
        var list = new UnorderedList();
        for (TimelineEntry entry : entries) {
            var item = new ListItem();
            item.addClassName("timeline-" + entry.kind().name().toLowerCase(Locale.ROOT));
            var when = new Span(labels.time(entry.at()));
            when.addClassName("timeline-time");
            item.add(when, new Span(" " + describe(entry)));
            if (entry.text() != null && entry.kind() != TimelineKind.MAIL && entry.kind() != TimelineKind.SUBMITTED) {
                var text = new Paragraph(entry.text());
                text.addClassName("timeline-text");
                item.add(text);
            }
            list.add(item);
        }
        add(list);
        return this;
    }

    private String describe(TimelineEntry entry) {
        String actor = entry.actor() == null ? "" : entry.actor();
        return switch (entry.kind()) {
            case MAIL ->
                getTranslation(
                        "timeline.MAIL",
                        getTranslation("mail." + entry.detail()),
                        entry.text(),
                        getTranslation("mailState." + entry.newValue()));
            case STATUS_CHANGED ->
                getTranslation("timeline.STATUS_CHANGED", actor, labelOf(entry.oldValue()), labelOf(entry.newValue()));
            case ASSIGNED ->
                getTranslation(
                        "timeline.ASSIGNED",
                        actor,
                        entry.newValue() == null ? getTranslation("filter.assignee.none") : entry.newValue());
            case PRIORITY_CHANGED ->
                getTranslation(
                        "timeline.PRIORITY_CHANGED",
                        actor,
                        entry.newValue() == null ? "" : labels.priority(Priority.valueOf(entry.newValue())));
            case SUBMITTED -> submitted(entry);
            case SPAM_CLEARED, SPAM_CONFIRMED ->
                getTranslation(
                        "timeline." + entry.kind().name(),
                        actor,
                        entry.oldValue() == null ? "" : labels.spamSignals(entry.oldValue()));
            default ->
                getTranslation(
                        "timeline." + entry.kind().name(), actor, entry.newValue() == null ? "" : entry.newValue());
        };
    }

    /**
     * Received from the client, with the spam signals it showed, if any; or entered by a staff member (the entry's
     * actor) from what the client said.
     */
    private String submitted(TimelineEntry entry) {
        if (entry.actor() != null) {
            return getTranslation("timeline.ENTERED", entry.actor(), labelOf(entry.newValue()));
        }
        if (entry.text() == null) {
            return getTranslation("timeline.SUBMITTED", labelOf(entry.newValue()));
        }
        return getTranslation(
                "timeline.SUBMITTED.signals", labelOf(entry.newValue()), labels.spamSignals(entry.text()));
    }

    private String labelOf(@Nullable String statusName) {
        return statusName == null ? "" : labels.status(InquiryStatus.valueOf(statusName));
    }
}
