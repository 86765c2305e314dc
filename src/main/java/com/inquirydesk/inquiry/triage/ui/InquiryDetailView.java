package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.ui.ErrorNotice;
import com.inquirydesk.base.ui.FactRows;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.ReplyPreviews.MailPreview;
import com.inquirydesk.inquiry.domain.TriageException;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.InquiryDetails;
import com.inquirydesk.inquiry.triage.InquiryRow;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One inquiry: everything the client sent, the actions (assign, status, priority, note, reply, duplicate,
 * settling a suspicion of spam) and the timeline of everything that happened to it, mails included; previous and
 * next walk the grid's list it was opened from.
 */
@Route("inquiries/:reference")
@RolesAllowed(Role.SALES_ROLE)
class InquiryDetailView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String REFERENCE = "reference";

    /** Stands for "nobody" in the assignee list, which cannot hold null. */
    private static final long NOBODY = -1;

    private static final int SHOWN_REFERENCE_MAX_LENGTH = 40;

    private final TriageService triage;
    private final StaffService staff;
    private final InquiryLabels labels;

    private @Nullable InquiryDetails inquiry;
    private GridContext context = GridContext.NONE;
    final ListNavigation navigation;
    final Select<Long> assignee = new Select<>();
    final Button assignToMe = new Button();
    final Select<InquiryStatus> status = new Select<>();
    final Select<Priority> priority = new Select<>();
    final TextArea note = new TextArea();
    final Button addNote = new Button();
    final TextArea reply = new TextArea();
    final Button sendReply = new Button();
    final TextField duplicateOf = new TextField();
    final Button markDuplicate = new Button();
    final TimelineList timeline;
    final SpamSuspicion suspicion;
    private boolean updating;

    InquiryDetailView(
            TriageService triage, GridQueries queries, StaffService staff, CatalogService catalog, CompanyZone zone) {
        this.triage = triage;
        this.navigation = new ListNavigation(queries);
        this.staff = staff;
        this.labels = new InquiryLabels(this, catalog, staff, zone.zone());
        this.timeline = new TimelineList(labels);
        this.suspicion = new SpamSuspicion(labels);
        suspicion.notSpam.addClickListener(
                click -> act(details -> triage.clearSpamSuspicion(details.reference(), details.version())));
        suspicion.spam.addClickListener(
                click -> act(details -> triage.confirmSpam(details.reference(), details.version())));
        addClassName("inquiry-detail");

        List<Long> assignees = new ArrayList<>();
        assignees.add(NOBODY);
        labels.staff().forEach(member -> assignees.add(member.id()));
        assignee.setItemLabelGenerator(this::assigneeLabel);
        assignee.setItems(assignees);
        assignee.setEmptySelectionAllowed(false);
        assignee.addValueChangeListener(change -> {
            if (!updating && change.isFromClient()) {
                Long chosen = change.getValue() == NOBODY ? null : change.getValue();
                act(details -> triage.assign(details.reference(), details.version(), chosen));
            }
        });
        assignToMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        assignToMe.addClickListener(click -> act(details -> triage.assign(
                details.reference(),
                details.version(),
                staff.current().map(StaffMember::id).orElse(null))));
        status.addValueChangeListener(change -> {
            if (!updating && change.isFromClient() && change.getValue() != null) {
                act(details -> triage.changeStatus(details.reference(), details.version(), change.getValue()));
            }
        });
        priority.setItems(Priority.values());
        priority.addValueChangeListener(change -> {
            if (!updating && change.isFromClient() && change.getValue() != null) {
                act(details -> triage.changePriority(details.reference(), details.version(), change.getValue()));
            }
        });
        note.setMaxLength(TriageService.NOTE_MAX_LENGTH);
        addNote.addClickListener(click -> {
            if (!refusedWhenEmpty(note, "detail.note.empty")) {
                act(details -> {
                    triage.addNote(details.reference(), note.getValue());
                    note.clear();
                });
            }
        });
        reply.setMaxLength(TriageService.NOTE_MAX_LENGTH);
        reply.setMinRows(4);
        sendReply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendReply.addClickListener(click -> {
            if (!refusedWhenEmpty(reply, "detail.reply.empty")) {
                confirmReply();
            }
        });
        markDuplicate.addClickListener(click -> {
            if (!refusedWhenEmpty(duplicateOf, "detail.duplicateReference.empty")) {
                act(details -> {
                    triage.markDuplicate(details.reference(), details.version(), duplicateOf.getValue());
                    duplicateOf.clear();
                });
            }
        });
        for (TextFieldBase<?, String> field : List.of(note, reply, duplicateOf)) {
            field.setManualValidation(true);
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
    }

    /** Refuses an empty or blank text at its field, with the reason below it, before anything is written. */
    private boolean refusedWhenEmpty(TextFieldBase<?, String> field, String errorKey) {
        boolean empty = field.getValue().isBlank();
        if (empty) {
            field.setErrorMessage(getTranslation(errorKey));
        }
        field.setInvalid(empty);
        return empty;
    }

    /** Shows the reply as the client will get it; only the dialog's Send sends, and sends what was shown. */
    private void confirmReply() {
        InquiryDetails shown = Objects.requireNonNull(inquiry);
        String text = reply.getValue();
        MailPreview preview;
        try {
            preview = triage.previewReply(shown.reference(), text);
        } catch (RuntimeException e) {
            TriageErrors.show(this, e);
            return;
        }
        new ReplyConfirmation(
                        preview,
                        () -> act(
                                details -> {
                                    triage.reply(details.reference(), text);
                                    reply.clear();
                                },
                                getTranslation("detail.replyQueued", preview.to()),
                                6000))
                .open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get(REFERENCE).orElse("");
        context = GridContext.from(event.getLocation().getQueryParameters());
        if (inquiry != null && !inquiry.reference().equals(reference)) {
            forgetTyping();
        }
        try {
            inquiry = triage.details(reference);
        } catch (TriageException notFound) {
            inquiry = null;
            removeAll();
            add(new ErrorNotice("detail.unknown.title", "detail.unknown.text", shown(reference)));
            return;
        }
        render();
    }

    /** What was typed for one inquiry is not written to the next one opened in this view. */
    private void forgetTyping() {
        for (TextFieldBase<?, String> field : List.of(note, reply, duplicateOf)) {
            field.clear();
            field.setInvalid(false);
        }
    }

    /** A reference as typed into the address, cut when long: it is only shown back to the person who typed it. */
    private static String shown(String reference) {
        return reference.length() > SHOWN_REFERENCE_MAX_LENGTH
                ? reference.substring(0, SHOWN_REFERENCE_MAX_LENGTH - 1) + "…"
                : reference;
    }

    private void act(Consumer<InquiryDetails> action) {
        act(action, getTranslation("detail.saved"), 2000);
    }

    private void act(Consumer<InquiryDetails> action, String done, int shownMillis) {
        InquiryDetails shown = Objects.requireNonNull(inquiry);
        try {
            action.accept(shown);
            Notification.show(done, shownMillis, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            TriageErrors.show(this, e);
        }
        inquiry = triage.details(shown.reference());
        render();
    }

    private void render() {
        InquiryDetails details = Objects.requireNonNull(inquiry);
        removeAll();
        updating = true;
        try {
            var title = new H2(details.reference() + " · " + details.subject());
            var header = new Div(title, labels.statusBadge(details.status()));
            if (details.overdue()) {
                var overdue = new Span(getTranslation("detail.overdue"));
                overdue.addClassNames("badge", "overdue-badge");
                header.add(overdue);
            }
            header.add(suspicion.show(details.suspectedSpam()));
            header.addClassName("detail-header");
            var body = new Div(facts(details), actions(details));
            body.addClassName("detail-body");
            navigation.show(context, details.reference());
            add(navigation, header, body);
            if (!details.attachments().isEmpty()) {
                add(new AttachmentList(details.attachments(), triage, labels));
            }
            add(timeline.show(details.timeline(), details.email()));
        } finally {
            updating = false;
        }
    }

    private Component facts(InquiryDetails details) {
        var facts = new Div();
        facts.addClassName("detail-facts");
        fact(facts, "detail.received", labels.time(details.receivedAt()));
        fact(facts, "detail.productLine", labels.productLine(details.productLineId()));
        fact(facts, "detail.name", details.contactName());
        fact(facts, "detail.company", details.company());
        facts.add(row("detail.email", new Anchor("mailto:" + details.email(), details.email())));
        if (details.contactId() != null) {
            // the contact's page, with every inquiry of this client
            var contact = new Anchor("contacts/" + details.contactId(), getTranslation("detail.contact.link"));
            contact.getElement().setAttribute("router-link", true);
            facts.add(row("detail.contact", contact));
        }
        fact(facts, "detail.phone", details.phone());
        fact(
                facts,
                "detail.country",
                details.country() == null
                        ? null
                        : Locale.of("", details.country()).getDisplayCountry(getLocale()));
        fact(facts, "detail.language", labels.languageName(details.language()));
        fact(facts, "detail.source", labels.source(details.source()));
        fact(facts, "detail.firstResponse", labels.time(details.firstResponseAt()));
        fact(facts, "detail.closed", labels.time(details.closedAt()));
        fact(facts, "detail.duplicateOf", details.duplicateOf());
        fact(
                facts,
                "detail.consent",
                details.consentNote() == null
                        ? getTranslation(
                                "detail.consent.form", details.consentVersion(), labels.time(details.consentAt()))
                        : getTranslation(
                                "detail.consent.note", details.consentNote(), labels.time(details.consentAt())));
        var message = new Paragraph(details.message());
        message.addClassName("detail-message");
        facts.add(new H3(getTranslation("detail.message")), message);
        if (!details.earlierFromSameEmail().isEmpty()) {
            var earlier = new UnorderedList();
            for (InquiryRow row : details.earlierFromSameEmail()) {
                earlier.add(new ListItem(new RouterLink(
                        row.reference() + " · " + row.subject(),
                        InquiryDetailView.class,
                        new RouteParameters(REFERENCE, row.reference()))));
            }
            facts.add(new H3(getTranslation("detail.earlier")), earlier);
        }
        return facts;
    }

    private void fact(Div facts, String key, @Nullable String value) {
        FactRows.text(facts, getTranslation(key), value);
    }

    private Div row(String key, Component value) {
        return FactRows.row(getTranslation(key), value);
    }

    private Component actions(InquiryDetails details) {
        var actions = new Div();
        actions.addClassName("detail-actions");
        assignee.setLabel(getTranslation("detail.assignee"));
        assignee.setItemLabelGenerator(this::assigneeLabel);
        assignee.setValue(details.assigneeId() == null ? NOBODY : details.assigneeId());
        assignToMe.setText(getTranslation("bulk.assignToMe"));
        List<InquiryStatus> statuses = new ArrayList<>();
        statuses.add(details.status());
        statuses.addAll(details.status().next());
        status.setItems(statuses);
        status.setItemLabelGenerator(value -> value == null ? "" : labels.status(value));
        status.setLabel(getTranslation("detail.status"));
        status.setValue(details.status());
        priority.setLabel(getTranslation("detail.priority"));
        priority.setItemLabelGenerator(value -> value == null ? "" : labels.priority(value));
        priority.setValue(details.priority());
        reply.setLabel(getTranslation("detail.reply", labels.languageName(details.language())));
        sendReply.setText(getTranslation("detail.sendReply"));
        note.setLabel(getTranslation("detail.note"));
        addNote.setText(getTranslation("detail.addNote"));
        duplicateOf.setLabel(getTranslation("detail.duplicateReference"));
        duplicateOf.setHelperText(getTranslation("detail.duplicateReference.helper"));
        markDuplicate.setText(getTranslation("detail.markDuplicate"));
        actions.add(
                new Div(assignee, assignToMe),
                status,
                priority,
                reply,
                sendReply,
                note,
                addNote,
                new Div(duplicateOf, markDuplicate));
        return actions;
    }

    private String assigneeLabel(Long id) {
        return id == NOBODY ? getTranslation("filter.assignee.none") : labels.staffName(id);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (inquiry != null) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return inquiry == null ? getTranslation("grid.title") : inquiry.reference();
    }
}
