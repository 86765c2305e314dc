package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.ui.Badges;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.triage.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An inquiry's timeline as the detail view shows it, oldest first: each change, mail and file as a line; each note
 * and reply as a card that says whether the client got it.
 */
class TimelineList extends Div {

    private final InquiryLabels labels;

    TimelineList(InquiryLabels labels) {
        this.labels = labels;
        addClassName("timeline");
    }

    /**
     * Shows these entries in place of what was shown; returns itself to be added where it belongs.
     *
     * @param clientEmail where the inquiry's replies went
     */
    Component show(List<TimelineEntry> entries, String clientEmail) {
        removeAll();
        add(new H3(getTranslation("detail.timeline")));
        var list = new UnorderedList();
        for (TimelineEntry entry : entries) {
            list.add(
                    switch (entry.kind()) {
                        case NOTE -> message(entry, noteLabel(), getTranslation("timeline.NOTE", actor(entry)));
                        case REPLY ->
                            message(entry, replyLabel(), getTranslation("timeline.REPLY", actor(entry), clientEmail));
                        case CLIENT_MESSAGE -> clientMessage(entry);
                        default -> line(entry);
                    });
        }
        add(list);
        return this;
    }

    /** A change, a mail or a file: one plain line. */
    private ListItem line(TimelineEntry entry) {
        var item = new ListItem(time(entry), new Span(" " + describe(entry)));
        item.addClassName(kindClass(entry));
        if (entry.text() != null && entry.kind() != TimelineKind.MAIL && entry.kind() != TimelineKind.SUBMITTED) {
            item.add(text(entry.text()));
        }
        return item;
    }

    /**
     * A note or a reply: a card of its own, labelled with who could read it, so that nobody takes a note for what
     * the client was told.
     */
    private ListItem message(TimelineEntry entry, Span label, String heading) {
        var who = new Span(heading);
        who.addClassName("timeline-author");
        var header = new Div(label, who, time(entry));
        header.addClassName("timeline-message-header");
        var item = new ListItem(header, text(entry.text() == null ? "" : entry.text()));
        item.addClassNames(kindClass(entry), "timeline-message");
        return item;
    }

    /**
     * The client's mail: who wrote and about what, the new text, and the earlier text it quoted folded away behind
     * "show quoted"; the files it brought that were not kept are listed with the reason.
     */
    private ListItem clientMessage(TimelineEntry entry) {
        var label = label(VaadinIcon.INBOX, "timeline.label.client", "client-label");
        String heading = getTranslation("timeline.CLIENT_MESSAGE", actor(entry), entry.oldValue());
        ListItem item = message(entry, label, heading);
        if (TimelineEntry.AUTOMATIC.equals(entry.newValue())) {
            var automatic = new Span(getTranslation("timeline.automatic"));
            automatic.addClassName("badge");
            ((Div) item.getChildren().findFirst().orElseThrow()).addComponentAtIndex(2, automatic);
        }
        if (entry.detail() != null) {
            var quoted = new Paragraph(entry.detail());
            quoted.addClassName("timeline-quoted");
            var details = new Details(getTranslation("timeline.showQuoted"), quoted);
            details.addClassName("timeline-quoted-details");
            item.add(details);
        }
        for (String refused : entry.refusedFiles()) {
            int colon = refused.indexOf(':');
            String reason = colon < 0 ? "attachment.type" : refused.substring(0, colon);
            String name = refused.substring(colon + 1);
            String why = "attachment.tooMany".equals(reason)
                    ? getTranslation("timeline.refusedTooMany", name)
                    : getTranslation(reason, name, 10);
            var line = new Paragraph(getTranslation("timeline.refusedFile", why));
            line.addClassName("timeline-refused");
            item.add(line);
        }
        return item;
    }

    private Span noteLabel() {
        return label(VaadinIcon.LOCK, "timeline.label.note", "note-label");
    }

    private Span replyLabel() {
        return label(VaadinIcon.ENVELOPE_O, "timeline.label.reply", "reply-label");
    }

    private Span label(VaadinIcon icon, String key, String className) {
        return Badges.withIcon(icon, getTranslation(key), "timeline-label", className);
    }

    private Span time(TimelineEntry entry) {
        var when = new Span(labels.time(entry.at()));
        when.addClassName("timeline-time");
        return when;
    }

    private static Paragraph text(String value) {
        var text = new Paragraph(value);
        text.addClassName("timeline-text");
        return text;
    }

    private static String kindClass(TimelineEntry entry) {
        return "timeline-" + entry.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String actor(TimelineEntry entry) {
        return entry.actor() == null ? "" : entry.actor();
    }

    private String describe(TimelineEntry entry) {
        String actor = actor(entry);
        return switch (entry.kind()) {
            case MAIL ->
                getTranslation(
                        "timeline.MAIL",
                        getTranslation("mail." + entry.detail()),
                        entry.text(),
                        getTranslation("mailState." + entry.newValue()));
            case STATUS_CHANGED ->
                entry.actor() == null
                        ? getTranslation(
                                "timeline.STATUS_CHANGED.byClient",
                                labelOf(entry.oldValue()),
                                labelOf(entry.newValue()))
                        : getTranslation(
                                "timeline.STATUS_CHANGED", actor, labelOf(entry.oldValue()), labelOf(entry.newValue()));
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
