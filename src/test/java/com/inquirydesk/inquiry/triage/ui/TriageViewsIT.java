package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.inquirydesk.MailViewTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.base.ui.CsvExportLink;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.TriageException;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.InquiryRow;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.notification.SmtpServer;
import com.inquirydesk.staff.GridColumnChoices;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class TriageViewsIT extends MailViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    GridColumnChoices columnChoices;

    @Test
    void a_sales_user_finds_an_inquiry_by_its_chinese_text_and_works_it_through() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String client = "client-" + marker + "@example.cn";
        String reference = submit(client, "询价 " + marker, "请报价氧化铝坩埚" + marker + "，数量 200 件。");
        String sales = newStaff("SALES");
        login(sales);

        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView grid = _get(InquiriesView.class);
        _setValue(grid.filters.search, "坩埚" + marker);
        assertThat(GridKt._size(grid.grid)).isEqualTo(1);
        assertThat(GridKt._get(grid.grid, 0).reference()).isEqualTo(reference);

        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        InquiryDetailView detail = _get(InquiryDetailView.class);
        _click(detail.assignToMe);
        _setValue(detail.status, InquiryStatus.IN_PROGRESS);
        _setValue(detail.note, "客户是老客户，优先处理。");
        _click(detail.addNote);
        _setValue(detail.reply, "您好，报价单见附件说明：每件 120 元。");
        _click(detail.sendReply);
        _click(_get(ReplyConfirmation.class).send);

        var row = jdbc.sql("""
                        select status, assignee_id, first_response_at, first_response_minutes, received_at
                        from inquiry where reference = ?""").param(reference).query().singleRow();
        assertThat(row.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(((Number) row.get("assignee_id")).longValue())
                .isEqualTo(staff.findByUsername(sales).orElseThrow().id());
        assertThat(row.get("first_response_at")).isNotNull();
        assertThat(((Number) row.get("first_response_minutes")).intValue())
                .as("minutes from receipt to the reply")
                .isEqualTo((int) java.time.Duration.between(
                                instant(row.get("received_at")), instant(row.get("first_response_at")))
                        .toMinutes());
        assertThat(jdbc.sql("""
                        select e.type from inquiry_event e join inquiry i on i.id = e.inquiry_id
                        where i.reference = ? order by e.occurred_at, e.id""").param(reference).query(String.class).list())
                .containsExactly("SUBMITTED", "ASSIGNED", "STATUS_CHANGED", "NOTE", "REPLY");
        await().atMost(Duration.ofSeconds(30)).until(() -> replyTo(client) != null);
        assertThat(SmtpServer.part(replyTo(client), "text/plain")).contains("每件 120 元", reference);
        assertThat(detail.timeline.getElement().getTextRecursively()).contains("客户是老客户，优先处理。");
    }

    @Test
    void the_status_list_offers_only_what_the_workflow_allows_and_an_illegal_move_is_refused() {
        String reference = submit("wf-" + UUID.randomUUID() + "@example.com", "Workflow", "Message");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));

        InquiryDetailView detail = _get(InquiryDetailView.class);
        assertThat(detail.status.getListDataView().getItems())
                .containsExactlyInAnyOrder(
                        InquiryStatus.NEW, InquiryStatus.IN_PROGRESS, InquiryStatus.CLOSED, InquiryStatus.SPAM);
        long version = triage.details(reference).version();
        assertThatThrownBy(() -> triage.changeStatus(reference, version, InquiryStatus.WON))
                .isInstanceOfSatisfying(
                        TriageException.class,
                        refused -> assertThat(detail.getTranslation(refused.messageKey(), refused.arguments()))
                                .isEqualTo("An inquiry cannot move from NEW to WON."));
        assertThat(triage.details(reference).status()).isEqualTo(InquiryStatus.NEW);
    }

    @Test
    void bulk_assign_and_a_bulk_move_the_workflow_refuses() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String first = submit("bulk1-" + marker + "@example.com", "Bulk " + marker, "One");
        String second = submit("bulk2-" + marker + "@example.com", "Bulk " + marker, "Two");
        String sales = newStaff("SALES");
        login(sales);
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView view = _get(InquiriesView.class);
        _setValue(view.filters.search, marker);
        List<InquiryRow> rows = GridKt._fetch(view.grid, 0, 10);
        assertThat(rows).hasSize(2);
        assertThat(view.getChildren()).noneMatch(BulkBar.class::isInstance);
        rows.forEach(view.grid::select);
        assertThat(view.getChildren())
                .filteredOn(BulkBar.class::isInstance)
                .singleElement()
                .satisfies(bar -> assertThat(bar.isVisible()).isTrue());

        _click(view.bulkBar().assignToMe);
        rows.forEach(view.grid::select);
        _setValue(view.bulkBar().status, InquiryStatus.WON);

        NotificationsKt.expectNotifications("Changed 2 of 2 inquiries.", "Changed 0 of 2 inquiries.");
        long me = staff.findByUsername(sales).orElseThrow().id();
        for (String reference : List.of(first, second)) {
            var details = triage.details(reference);
            assertThat(details.assigneeId()).isEqualTo(me);
            assertThat(details.status()).isEqualTo(InquiryStatus.NEW);
            assertThat(details.timeline())
                    .extracting(entry -> entry.kind().name())
                    .containsOnlyOnce("ASSIGNED");
        }
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_not_overwritten() {
        String reference = submit("lock-" + UUID.randomUUID() + "@example.com", "Lock", "Message");
        String colleague = newStaff("SALES");
        String me = newStaff("SALES");
        login(me);
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        InquiryDetailView detail = _get(InquiryDetailView.class);

        login(colleague);
        triage.changePriority(reference, triage.details(reference).version(), Priority.URGENT);
        login(me);
        _setValue(detail.priority, Priority.LOW);

        NotificationsKt.expectNotifications(
                colleague + " changed this inquiry meanwhile. It has been reloaded; please check and try again.");
        assertThat(triage.details(reference).priority()).isEqualTo(Priority.URGENT);
        assertThat(detail.priority.getValue()).isEqualTo(Priority.URGENT);
    }

    @Test
    void suspected_spam_is_flagged_in_the_grid_and_cleared_with_one_click_in_the_detail_view() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String reference = submitFast("fast-" + marker + "@example.com", "Autofill " + marker, "Please quote.");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView grid = _get(InquiriesView.class);
        _setValue(grid.filters.search, marker);
        assertThat(GridKt._getFormatted(grid.grid, 0, "STATUS")).contains("New", "Suspected spam");

        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        InquiryDetailView detail = _get(InquiryDetailView.class);
        assertThat(detail.suspicion.isVisible()).isTrue();
        assertThat(detail.suspicion.getElement().getTextRecursively())
                .contains("Suspected spam: form sent within seconds");
        assertThat(detail.timeline.getElement().getTextRecursively())
                .contains("Received, status New; spam signals: form sent within seconds");
        _click(detail.suspicion.notSpam);

        var details = triage.details(reference);
        assertThat(details.suspectedSpam()).isNull();
        assertThat(details.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(details.timeline()).extracting(entry -> entry.kind().name()).contains("SPAM_CLEARED");
        assertThat(detail.suspicion.isVisible()).isFalse();
        assertThat(detail.timeline.getElement().getTextRecursively())
                .contains("marked it as not spam (form sent within seconds)");
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView again = _get(InquiriesView.class);
        _setValue(again.filters.search, marker);
        assertThat(GridKt._getFormatted(again.grid, 0, "STATUS")).doesNotContain("Suspected spam");
    }

    @Test
    void suspected_spam_is_confirmed_with_one_click_and_moves_to_spam() {
        String reference = submitFast("confirm-" + UUID.randomUUID() + "@example.com", "Offer", "Cheap.");
        String sales = newStaff("SALES");
        login(sales);
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, reference));
        InquiryDetailView detail = _get(InquiryDetailView.class);

        _click(detail.suspicion.spam);

        var row = jdbc.sql("select status, spam, spam_reason, suspected_spam from inquiry where reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(row.values()).containsExactly("SPAM", true, "too-fast", null);
        assertThat(triage.details(reference).timeline())
                .extracting(entry -> entry.kind().name())
                .containsSubsequence("SUBMITTED", "SPAM_CONFIRMED")
                .doesNotContain("STATUS_CHANGED");
        assertThat(detail.suspicion.isVisible()).isFalse();
        assertThat(detail.status.getValue()).isEqualTo(InquiryStatus.SPAM);
        assertThat(detail.timeline.getElement().getTextRecursively())
                .contains(sales + " confirmed it as spam (form sent within seconds)");
        long version = triage.details(reference).version();
        assertThatThrownBy(() -> triage.confirmSpam(reference, version))
                .isInstanceOfSatisfying(
                        TriageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("triage.notSuspected"));
    }

    @Test
    void clear_filters_shows_once_a_filter_is_set_and_clears_every_filter() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String reference = submit("clear-" + marker + "@example.com", "Clear " + marker, "Filters to clear");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView view = _get(InquiriesView.class);
        assertThat(view.filters.clear).as("nothing to clear").isNull();

        _setValue(view.filters.search, marker);
        _setValue(view.filters.priority, Priority.NORMAL);
        _click(view.unassigned);
        assertThat(references(view)).containsExactly(reference);
        assertThat(view.filters.clear).isNotNull();
        assertThat(view.filters.clear.isVisible()).isTrue();
        assertThat(view.filters.clear.getText()).isEqualTo("Clear filters");

        _click(view.filters.clear);
        assertThat(view.filters.search.getValue()).isEmpty();
        assertThat(view.filters.priority.getValue()).isNull();
        assertThat(view.filters.assignee.getValue()).isNull();
        assertThat(view.unassigned.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(GridKt._size(view.grid)).isGreaterThan(1);
        assertThat(view.filters.clear.isVisible()).as("nothing left to clear").isFalse();
    }

    @Test
    void the_export_link_is_shown_to_managers_only() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiriesView.class);
        assertThat(_get(InquiriesView.class).export).isNull();
        assertThat(_find(CsvExportLink.class)).isEmpty();

        UI.getCurrent().navigate("account"); // away, so that the grid is made again for the manager
        login(newStaff("MANAGER"));
        UI.getCurrent().navigate(InquiriesView.class);
        assertThat(_get(CsvExportLink.class).isVisible()).isTrue();
        assertThat(_get(CsvExportLink.class).getText()).isEqualTo("Export CSV");
    }

    @Test
    void the_language_button_switches_the_staff_views_to_chinese_and_back() {
        login(newStaff("MANAGER"));
        UI.getCurrent().navigate(InquiriesView.class);
        LanguageSwitcher switcher = _get(LanguageSwitcher.class);
        assertThat(switcher.getText()).isEqualTo("中文");

        _click(switcher);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
        assertThat(_get(InquiriesView.class).export.getText()).isEqualTo("导出 CSV");
        assertThat(switcher.getText()).isEqualTo("English");
        assertThat(switcher.getElement().getAttribute("lang")).isEqualTo("en");

        _click(switcher);

        assertThat(_get(InquiriesView.class).export.getText()).isEqualTo("Export CSV");
        assertThat(switcher.getText()).isEqualTo("中文");
    }

    @Test
    void the_filter_lives_in_the_address() {
        login(newStaff("SALES"));
        UI.getCurrent()
                .navigate(
                        "inquiries", QueryParameters.fromString("status=QUOTED&priority=HIGH&q=crucible&overdue=true"));

        InquiriesView view = _get(InquiriesView.class);
        assertThat(view.filters.search.getValue()).isEqualTo("crucible");
        assertThat(view.filters.priority.getValue()).isEqualTo(Priority.HIGH);
        assertThat(view.filters.overdue.getValue()).isTrue();
        assertThat(view.statusTabs.selected()).contains(InquiryStatus.QUOTED);
    }

    @Test
    void the_quick_filters_show_my_inquiries_or_the_unassigned_ones_and_a_second_click_drops_them() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String mine = submit("mine-" + marker + "@example.com", "Quick " + marker, "One");
        String nobodys = submit("nobody-" + marker + "@example.com", "Quick " + marker, "Two");
        String someoneElses = submit("other-" + marker + "@example.com", "Quick " + marker, "Three");
        String sales = newStaff("SALES");
        String colleague = newStaff("SALES");
        login(sales);
        triage.assignAll(
                List.of(mine), staff.findByUsername(sales).orElseThrow().id());
        triage.assignAll(
                List.of(someoneElses),
                staff.findByUsername(colleague).orElseThrow().id());
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView view = _get(InquiriesView.class);
        _setValue(view.filters.search, marker);
        assertThat(references(view)).containsExactlyInAnyOrder(mine, nobodys, someoneElses);

        _click(view.mine);
        assertThat(references(view)).containsExactly(mine);
        assertThat(view.mine.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.filters.assignee.getValue())
                .as("the assignee filter says the same")
                .isEqualTo("me");

        _click(view.unassigned);
        assertThat(references(view)).containsExactly(nobodys);
        assertThat(view.mine.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(view.unassigned.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(view.unassigned);
        assertThat(references(view)).containsExactlyInAnyOrder(mine, nobodys, someoneElses);
        assertThat(view.filters.assignee.getValue()).isNull();
    }

    @Test
    void the_columns_a_person_hides_or_shows_stay_so_for_them_and_not_for_a_colleague() {
        String sales = newStaff("SALES");
        String colleague = newStaff("SALES");
        login(sales);
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView view = _get(InquiriesView.class);
        assertThat(view.grid.shows("company")).as("hidden by default").isFalse();
        assertThat(view.grid.shows("subject")).isTrue();

        view.columns.fill(); // as when the menu opens (GridLayoutE2E opens it in a browser)
        ContextMenuKt._clickItemWithCaption(view.columns.menu, "Company");
        ContextMenuKt._clickItemWithCaption(view.columns.menu, "Subject");
        assertThat(view.grid.shows("company")).isTrue();
        assertThat(view.grid.shows("subject")).isFalse();
        assertThat(view.grid.getColumns().stream().map(Grid.Column::getKey))
                .as("made when first shown, in its place rather than last")
                .containsSubsequence("NAME", "company", "subject", "assignee");

        UI.getCurrent().navigate("account"); // away and back: a new grid, as on another device
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView again = _get(InquiriesView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.grid.shows("company")).isTrue();
        assertThat(again.grid.shows("subject")).isFalse();
        assertThat(columnChoices.hidden(ColumnChooser.GRID))
                .hasValueSatisfying(
                        hidden -> assertThat(hidden).contains("subject").doesNotContain("company"));

        UI.getCurrent().navigate("account");
        login(colleague);
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView colleagues = _get(InquiriesView.class);
        assertThat(colleagues.grid.shows("company")).isFalse();
        assertThat(colleagues.grid.shows("subject")).isTrue();
        assertThat(columnChoices.hidden(ColumnChooser.GRID)).isEmpty();
    }

    @Test
    void each_row_shows_how_long_the_client_has_waited_and_marks_it_overdue_after_the_response_time() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        clock.advance(Duration.ofDays(-3));
        String threeDays = submit("age1-" + marker + "@example.com", "Age " + marker, "One");
        clock.advance(Duration.ofHours(42));
        String thirtyHours = submit("age2-" + marker + "@example.com", "Age " + marker, "Two");
        clock.advance(Duration.ofHours(30));
        String now = submit("age3-" + marker + "@example.com", "Age " + marker, "Three");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView view = _get(InquiriesView.class);
        _setValue(view.filters.search, marker);

        assertThat(references(view)).containsExactly(now, thirtyHours, threeDays);
        assertThat(GridKt._getFormatted(view.grid, 0, InquiryGrid.AGE))
                .contains("0 min")
                .doesNotContain("Overdue");
        assertThat(GridKt._getFormatted(view.grid, 1, InquiryGrid.AGE)).contains("30 h", "Overdue");
        assertThat(GridKt._getFormatted(view.grid, 2, InquiryGrid.AGE)).contains("3 d", "Overdue");

        _click(_get(LanguageSwitcher.class));
        assertThat(GridKt._getFormatted(view.grid, 2, InquiryGrid.AGE)).contains("3 天", "逾期");
    }

    @Test
    void the_language_column_names_the_language_and_the_date_filters_read_iso_dates() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        submit("lang-" + marker + "@example.com", "Language " + marker, "中文询价");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiriesView.class);
        InquiriesView view = _get(InquiriesView.class);
        _setValue(view.filters.search, marker);
        assertThat(view.grid.shows("language")).as("hidden by default").isFalse();
        view.columns.toggle("language"); // as the columns menu does

        assertThat(view.grid.getColumnByKey("language").getHeaderText())
                .as("a column made after the headers were written")
                .isEqualTo("Lang.");
        assertThat(GridKt._getFormatted(view.grid, 0, "language")).isEqualTo("Chinese");
        assertThat(view.filters.from.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(view.filters.to.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");

        _click(_get(LanguageSwitcher.class));
        assertThat(GridKt._getFormatted(view.grid, 0, "language")).isEqualTo("中文");
        assertThat(view.grid.getColumnByKey("language").getHeaderText()).isEqualTo("语言");
        assertThat(view.filters.from.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    private static List<String> references(InquiriesView view) {
        return GridKt._fetch(view.grid, 0, 50).stream()
                .map(InquiryRow::reference)
                .toList();
    }

    private String submit(String email, String subject, String message) {
        var request = new InquiryRequest("陈静", null, email, null, null, "ceramics", subject, message, "zh", true, null);
        return intake.submit(request, IntakeContext.api("10.8.0.1")).reference();
    }

    /** An inquiry sent through a form at autofill speed: one spam signal, so suspected. */
    private String submitFast(String email, String subject, String message) {
        var request =
                new InquiryRequest("Li Wei", null, email, null, null, "ceramics", subject, message, "en", true, null);
        return intake.submit(request, IntakeContext.form("10.8.0.2", clock.instant()))
                .reference();
    }

    private static MimeMessage replyTo(String client) {
        return smtp.received().stream()
                .filter(mail -> {
                    try {
                        return mail.getSubject().startsWith("回复：")
                                && mail.getAllRecipients()[0].toString().equals(client);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElse(null);
    }

    /** A timestamp with time zone as the driver returns it: H2 an OffsetDateTime, PostgreSQL a Timestamp. */
    private static java.time.Instant instant(Object value) {
        return value instanceof java.sql.Timestamp timestamp
                ? timestamp.toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}
