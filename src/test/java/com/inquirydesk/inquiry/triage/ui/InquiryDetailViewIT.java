package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.ui.ErrorNotice;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.domain.TriageException;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TriageService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The detail view's words where there were codes: an unknown reference, the consent, the reply language, a refused
 * move.
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
