package com.inquirydesk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.FieldChange;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

class AuditViewIT extends ViewTest {

    @Autowired
    StaffService staff;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    CompanyZone companyZone;

    @Test
    void administrators_read_who_changed_what_and_when_filtered_by_person_and_action() {
        String admin = newStaff("ADMIN");
        login(admin);
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        var account = staff.createAccount(username, "Audited", null, Role.SALES, Language.EN, "Kiln quartz 47 lantern");
        staff.update(account.id(), "Audited Person", "audited@example.com", Role.MANAGER, Language.EN);
        staff.setEnabled(account.id(), false);

        UI.getCurrent().navigate(AuditView.class);
        var view = _get(AuditView.class);
        _setValue(view.actor, admin);

        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditRecord::action)
                .containsExactly("user.disabled", "user.updated", "user.created");
        assertThat(view.grid.getGenericDataView().getItems())
                .filteredOn(entry -> entry.action().equals("user.updated"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.target()).isEqualTo("user:" + username);
                    assertThat(entry.changes())
                            .containsExactly(
                                    new FieldChange(Field.NAME, "Audited", "Audited Person"),
                                    new FieldChange(Field.EMAIL, null, "audited@example.com"),
                                    new FieldChange(Field.ROLE, "SALES", "MANAGER"));
                });

        _setValue(view.action, "user.created");
        assertThat(view.grid.getGenericDataView().getItems())
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("user:" + username));
    }

    @Test
    void the_trail_reads_as_words_in_english_and_in_chinese() {
        String admin = newStaff("ADMIN");
        login(admin);
        String username = "worded-" + UUID.randomUUID().toString().substring(0, 8);
        var account = staff.createAccount(username, "Worded", null, Role.SALES, Language.EN, "Kiln quartz 47 lantern");
        staff.update(account.id(), "Worded Person", "worded@example.com", Role.MANAGER, Language.ZH);

        UI.getCurrent().navigate(AuditView.class);
        var view = _get(AuditView.class);
        _setValue(view.actor, admin);

        assertThat(rows(view))
                .containsExactly(
                        List.of(
                                admin,
                                "Changed a user",
                                "User " + username,
                                "Name: “Worded” → “Worded Person” · Email: (none) → “worded@example.com”"
                                        + " · Role: Sales → Manager · Language: English → Chinese"),
                        List.of(
                                admin,
                                "Created a user",
                                "User " + username,
                                "Role: Sales · Name: “Worded” · Language: English"));
        assertThat(view.action.getItemLabelGenerator().apply("user.created")).isEqualTo("Created a user");

        _click(_get(LanguageSwitcher.class));

        assertThat(rows(view))
                .containsExactly(
                        List.of(
                                admin,
                                "修改用户",
                                "用户 " + username,
                                "姓名由“Worded”改为“Worded Person” · 电子邮箱由（无）改为“worded@example.com” · 角色由销售改为经理"
                                        + " · 语言由英文改为中文"),
                        List.of(admin, "新建用户", "用户 " + username, "角色为销售 · 姓名为“Worded” · 语言为英文"));
        assertThat(view.action.getItemLabelGenerator().apply("user.created")).isEqualTo("新建用户");
    }

    @Test
    void a_change_nobody_logged_in_made_is_the_systems_in_either_language() {
        long mail = 900_000_000L + (UUID.randomUUID().getLeastSignificantBits() & 0xffffff);
        SecurityContextHolder.clearContext();
        transactions.executeWithoutResult(status ->
                publisher.publishEvent(new AdministrativeChange(Action.OUTBOX_CANCELLED, Target.MAIL.of(mail))));
        login(newStaff("ADMIN"));

        UI.getCurrent().navigate(AuditView.class);
        var view = _get(AuditView.class);
        _setValue(view.actor, "system");
        _setValue(view.action, "outbox.cancelled");

        assertThat(rows(view)).contains(List.of("System (automatic)", "Cancelled a mail", "Mail #" + mail, ""));
        _click(_get(LanguageSwitcher.class));
        assertThat(rows(view)).contains(List.of("系统（自动）", "取消邮件", "邮件 #" + mail, ""));
    }

    @Test
    void the_trail_is_filtered_by_days_both_included_as_days_of_the_company() {
        String admin = newStaff("ADMIN");
        login(admin);
        ZoneId zone = companyZone.zone();
        LocalDate first = LocalDate.of(2001, 3, 10);
        LocalDate last = first.plusDays(1);
        try {
            recordAt(first.minusDays(1).atTime(23, 59, 59).atZone(zone), "before");
            recordAt(first.atStartOfDay(zone), "first");
            recordAt(last.atTime(23, 59, 59).atZone(zone), "last");
            recordAt(last.plusDays(1).atStartOfDay(zone), "after");
        } finally {
            clock.set(Instant.now());
        }

        UI.getCurrent().navigate(AuditView.class);
        var view = _get(AuditView.class);
        _setValue(view.actor, admin);
        _setValue(view.fromDay, first);
        _setValue(view.toDay, last);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditRecord::target)
                .containsExactly("productLine:last", "productLine:first");
        assertThat(view.fromDay.getMax()).isEqualTo(last);
        assertThat(view.toDay.getMin()).isEqualTo(first);

        _setValue(view.toDay, null);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditRecord::target)
                .startsWith("productLine:after", "productLine:last", "productLine:first")
                .doesNotContain("productLine:before");
        _setValue(view.fromDay, null);
        _setValue(view.toDay, first);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditRecord::target)
                .containsExactly("productLine:first", "productLine:before");
    }

    /** Records a change by the logged-in administrator at this time of the clock. */
    private void recordAt(ZonedDateTime time, String target) {
        clock.set(time.toInstant());
        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new AdministrativeChange(Action.PRODUCT_LINE_UPDATED, Target.PRODUCT_LINE.of(target))));
    }

    /** Every row as shown, without its time. */
    private static List<List<String>> rows(AuditView view) {
        int count = GridKt._size(view.grid);
        return IntStream.range(0, count)
                .mapToObj(row -> GridKt._getFormattedRow(view.grid, row).subList(1, 5))
                .toList();
    }
}
