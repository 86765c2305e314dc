package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.ui.ErrorNotice;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.inquiry.domain.TriageException;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TimelineEntry;
import com.inquirydesk.inquiry.triage.TriageService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The detail view's words where there were codes (an unknown reference, the consent, the reply language, a refused
 * move), its refusal of empty texts at their fields, and a timeline that names people and tells notes from replies.
 */
class InquiryDetailViewIT extends ViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Test
    void an_unknown_reference_says_there_is_no_such_inquiry_in_both_languages() {
        login(newStaff("SALES"));

        UI.getCurrent()
                .navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, "INQ-2026-999999"));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(InquiryDetailView.class);
        var notice = _get(ErrorNotice.class);
        assertThat(notice.getElement().getTextRecursively())
                .contains("No inquiry INQ-2026-999999", "There is no inquiry with the reference INQ-2026-999999.")
                .contains("Back to Inquiries");

        _click(_get(LanguageSwitcher.class));

        assertThat(notice.getElement().getTextRecursively())
                .contains("没有咨询 INQ-2026-999999", "不存在编号为 INQ-2026-999999 的咨询。", "返回咨询");
    }

    @Test
    void the_consent_and_the_reply_language_are_sentences_in_both_languages() {
        String reference = intake.submit(
                        new InquiryRequest(
                                "Consent",
                                null,
                                "consent-" + UUID.randomUUID() + "@example.com",
                                null,
                                null,
                                "ceramics",
                                "Consent",
                                "Consent",
                                "zh",
                                true,
                                null),
                        IntakeContext.api("10.9.2.1"))
                .reference();
        login(newStaff("SALES"));

        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));

        assertThat(fact("Consent")).startsWith("Agreed to the consent text of 2026-11 when sending, 20");
        assertThat(fact("Reply language")).isEqualTo("Chinese");

        _click(_get(LanguageSwitcher.class));

        assertThat(fact("同意条款")).startsWith("提交时同意了 2026-11 版同意条款，20");
        assertThat(fact("答复语言")).isEqualTo("中文");
    }

    @Test
    void a_refused_move_names_the_statuses_by_their_labels() {
        String reference = submit("moves");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        var detail = _get(InquiryDetailView.class);
        long version = triage.details(reference).version();
        var refused = catchThrowableOfType(
                TriageException.class, () -> triage.changeStatus(reference, version, InquiryStatus.WON));

        TriageErrors.show(detail, refused);
        NotificationsKt.expectNotifications("An inquiry cannot move from New to Won.");

        _click(_get(LanguageSwitcher.class));
        TriageErrors.show(detail, refused);
        NotificationsKt.expectNotifications("咨询不能从 新咨询 改为 已成交。");
    }

    @Test
    void a_change_made_meanwhile_by_nobody_named_is_someone_elses() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiriesView.class);

        TriageErrors.show(_get(InquiriesView.class), new OptimisticLockingFailureException("raced"));

        NotificationsKt.expectNotifications(
                "Someone else changed this inquiry meanwhile. It has been reloaded; please check and try again.");
    }

    @Test
    void an_empty_note_or_reply_is_refused_at_its_field_and_nothing_is_written() {
        String reference = submit("empty");
        login(newStaff("SALES"));
        InquiryDetailView detail = open(reference);

        _setValue(detail.note, "  \n\t ");
        _click(detail.addNote);
        _setValue(detail.reply, " ");
        _click(detail.sendReply);

        assertThat(detail.note.isInvalid()).isTrue();
        assertThat(detail.note.getErrorMessage()).isEqualTo("Write the note first: it is empty.");
        assertThat(detail.reply.isInvalid()).isTrue();
        assertThat(detail.reply.getErrorMessage()).isEqualTo("Write the reply first: it is empty.");
        assertThat(_find(ReplyConfirmation.class)).as("no preview of nothing").isEmpty();
        assertThat(kinds(reference)).doesNotContain(TimelineKind.NOTE, TimelineKind.REPLY);
        NotificationsKt.expectNoNotifications();

        _click(_get(LanguageSwitcher.class));
        _click(detail.addNote);
        assertThat(detail.note.getErrorMessage()).isEqualTo("请先填写备注内容。");

        _setValue(detail.note, "Call back on Monday.");
        assertThat(detail.note.isInvalid()).as("valid again once written").isFalse();
        _click(detail.addNote);
        assertThat(kinds(reference)).containsOnlyOnce(TimelineKind.NOTE);
    }

    @Test
    void the_service_refuses_a_blank_note_too() {
        String reference = submit("blank");
        login(newStaff("SALES"));

        assertThatThrownBy(() -> triage.addNote(reference, " \n "))
                .isInstanceOfSatisfying(
                        TriageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("triage.emptyText"));
        assertThat(kinds(reference)).doesNotContain(TimelineKind.NOTE);
    }

    @Test
    void the_timeline_names_people_as_the_assignee_field_does_and_tells_a_note_from_a_reply() {
        String reference = submit("names");
        String sales = newStaff("SALES");
        login(sales);
        InquiryDetailView detail = open(reference);
        assertThat(detail.assignee.getItemLabelGenerator().apply(detail.assignee.getValue()))
                .as("an unassigned inquiry says so")
                .isEqualTo("Unassigned");
        _click(detail.assignToMe);
        _setValue(detail.note, "Check the stock first.");
        _click(detail.addNote);
        triage.reply(reference, "Dear client, it is in stock.");
        detail = open(reference);

        String name = "Staff " + sales;
        assertThat(detail.assignee.getItemLabelGenerator().apply(detail.assignee.getValue()))
                .isEqualTo(name);
        assertThat(detail.timeline.getElement().getTextRecursively()).contains(name + " assigned it to " + name);
        ListItem assignment = _get(detail.timeline, ListItem.class, spec -> spec.withClasses("timeline-assigned"));
        assertThat(assignment.hasClassName("timeline-message"))
                .as("a plain line")
                .isFalse();
        ListItem note = _get(detail.timeline, ListItem.class, spec -> spec.withClasses("timeline-note"));
        assertThat(note.getElement().getTextRecursively())
                .contains("Internal note", name + " wrote", "Check the stock first.")
                .doesNotContain("Reply to client");
        String email = triage.details(reference).email();
        ListItem reply = _get(detail.timeline, ListItem.class, spec -> spec.withClasses("timeline-reply"));
        assertThat(reply.getElement().getTextRecursively())
                .contains("Reply to client", name + " wrote to " + email, "Dear client, it is in stock.")
                .doesNotContain("Internal note");
        assertThat(List.of(note, reply))
                .allSatisfy(card ->
                        assertThat(card.hasClassName("timeline-message")).isTrue());

        _click(_get(LanguageSwitcher.class));

        ListItem noteZh = _get(detail.timeline, ListItem.class, spec -> spec.withClasses("timeline-note"));
        assertThat(noteZh.getElement().getTextRecursively()).contains("内部备注", name + " 写道");
        ListItem replyZh = _get(detail.timeline, ListItem.class, spec -> spec.withClasses("timeline-reply"));
        assertThat(replyZh.getElement().getTextRecursively()).contains("给客户的答复", name + " 发给 " + email);
    }

    @Test
    void the_duplicate_field_is_empty_and_its_example_is_a_hint_below_it_in_both_languages() {
        String reference = submit("duplicate");
        login(newStaff("SALES"));
        InquiryDetailView detail = open(reference);

        assertThat(detail.duplicateOf.getValue()).isEmpty();
        assertThat(detail.duplicateOf.getPlaceholder()).isNullOrEmpty();
        assertThat(detail.duplicateOf.getHelperText()).isEqualTo("e.g. INQ-2026-000123");
        _click(detail.markDuplicate);
        assertThat(detail.duplicateOf.isInvalid()).isTrue();
        assertThat(detail.duplicateOf.getErrorMessage()).isEqualTo("Enter the earlier inquiry’s reference.");
        assertThat(kinds(reference)).doesNotContain(TimelineKind.DUPLICATE_MARKED);

        _click(_get(LanguageSwitcher.class));

        assertThat(detail.duplicateOf.getLabel()).isEqualTo("重复的咨询编号");
        assertThat(detail.duplicateOf.getHelperText()).isEqualTo("例如 INQ-2026-000123");
    }

    private InquiryDetailView open(String reference) {
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        return _get(InquiryDetailView.class);
    }

    private List<TimelineKind> kinds(String reference) {
        return triage.details(reference).timeline().stream()
                .map(TimelineEntry::kind)
                .toList();
    }

    private String submit(String subject) {
        return intake.submit(
                        new InquiryRequest(
                                subject,
                                null,
                                subject + "-" + UUID.randomUUID() + "@example.com",
                                null,
                                null,
                                "ceramics",
                                subject,
                                subject,
                                "en",
                                true,
                                null),
                        IntakeContext.api("10.9.2.2"))
                .reference();
    }

    /** The value next to a label in the facts of the inquiry. */
    private static String fact(String label) {
        Span labelSpan = _get(Span.class, spec -> spec.withClasses("fact-label").withText(label));
        var row = labelSpan.getParent().orElseThrow();
        return row.getChildren()
                .filter(child -> child != labelSpan)
                .findFirst()
                .map(child -> child.getElement().getTextRecursively())
                .orElseThrow();
    }
}
