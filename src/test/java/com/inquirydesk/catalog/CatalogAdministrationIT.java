package com.inquirydesk.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.inquirydesk.notification.SmtpServer.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.inquirydesk.MailViewTest;
import com.inquirydesk.audit.AuditRecord;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.FieldChange;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogAdministrationIT extends MailViewTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    IntakeService intake;

    @Autowired
    AuditTrail audit;

    @Autowired
    CatalogAdministration administration;

    private final List<String> created = new java.util.ArrayList<>();

    /** Lines made here leave the public form again: other tests (on a shared PostgreSQL) count the seven. */
    @org.junit.jupiter.api.AfterEach
    void deactivateCreatedLines() {
        login(newStaff("ADMIN"));
        for (ProductLineSummary line : administration.productLines()) {
            if (created.contains(line.code()) && line.active()) {
                administration.setActive(line.id(), false);
            }
        }
    }

    @Test
    void a_new_line_shows_on_the_public_form_and_a_deactivated_one_vanishes_from_form_and_api() {
        String admin = newStaff("ADMIN");
        login(admin);
        String code = "line-" + UUID.randomUUID().toString().substring(0, 8);
        created.add(code);

        UI.getCurrent().navigate(ProductLinesView.class);
        _click(_get(ProductLinesView.class).create);
        var dialog = _get(ProductLinesView.LineDialog.class);
        _setValue(dialog.code, code);
        _setValue(dialog.nameEn, "Silicon carbide " + code);
        _setValue(dialog.nameZh, "碳化硅 " + code);
        _setValue(dialog.descriptionZh, "用于高温炉的碳化硅制品。");
        _setValue(dialog.to, "sic@example.com");
        _click(dialog.save);

        assertThat(publicFormLines()).contains("Silicon carbide " + code);
        assertThat(active(code)).isPresent();

        login(admin);
        UI.getCurrent().navigate(ProductLinesView.class);
        var lines = _get(ProductLinesView.class);
        _click(rowAction(lines.grid, line -> line.code().equals(code), lines.getTranslation("catalog.deactivate")));

        assertThat(publicFormLines()).doesNotContain("Silicon carbide " + code);
        assertThat(active(code)).isEmpty();
        assertThat(catalog.activeProductLines())
                .extracting(ProductLineSummary::code)
                .doesNotContain(code);
        assertThat(audit.newestFirst(admin, null, 0, 10))
                .extracting(AuditRecord::action, AuditRecord::target)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("productLine.deactivated", "productLine:" + code),
                        org.assertj.core.groups.Tuple.tuple("productLine.created", "productLine:" + code));
    }

    @Test
    void changed_routing_sends_the_next_notification_to_the_new_address() throws Exception {
        String admin = newStaff("ADMIN");
        login(admin);
        String code = "route-" + UUID.randomUUID().toString().substring(0, 8);
        catalogWithLine(code, "old-owner@example.com");

        UI.getCurrent().navigate(ProductLinesView.class);
        var lines = _get(ProductLinesView.class);
        _click(rowAction(lines.grid, line -> line.code().equals(code), lines.getTranslation("catalog.edit")));
        var dialog = _get(ProductLinesView.LineDialog.class);
        assertThat(dialog.to.getValue()).isEqualTo("old-owner@example.com");
        _setValue(dialog.to, "new-owner@example.com");
        _setValue(dialog.cc, "gas-team@example.com");
        _click(dialog.save);

        String marker = UUID.randomUUID().toString().substring(0, 8);
        intake.submit(
                new InquiryRequest(
                        "赵磊",
                        null,
                        "zhao-" + marker + "@example.cn",
                        null,
                        "CN",
                        code,
                        "询价 " + marker,
                        "请报价。",
                        "zh",
                        true,
                        null),
                IntakeContext.api("10.30.0.1"));

        MimeMessage notification = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> smtp.received().stream()
                                .filter(message -> subject(message).contains(marker))
                                .filter(message -> recipients(message, Message.RecipientType.TO)
                                        .contains("new-owner@example.com"))
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(recipients(notification, Message.RecipientType.CC)).containsExactly("gas-team@example.com");
        assertThat(smtp.received())
                .filteredOn(message -> subject(message).contains(marker))
                .allSatisfy(message -> assertThat(recipients(message, Message.RecipientType.TO))
                        .doesNotContain("old-owner@example.com"));
        assertThat(audit.newestFirst(admin, "productLine.updated", 0, 10))
                .anySatisfy(entry -> assertThat(entry.changes())
                        .contains(
                                new FieldChange(Field.TO, "old-owner@example.com", "new-owner@example.com"),
                                new FieldChange(Field.CC, null, "gas-team@example.com")));
    }

    @Test
    void invalid_routing_and_names_are_refused_with_translated_messages_and_nothing_changes() {
        login(newStaff("ADMIN"));
        String code = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        catalogWithLine(code, "owner@example.com");

        UI.getCurrent().navigate(ProductLinesView.class);
        var lines = _get(ProductLinesView.class);
        _click(rowAction(lines.grid, line -> line.code().equals(code), lines.getTranslation("catalog.edit")));
        var dialog = _get(ProductLinesView.LineDialog.class);
        _setValue(dialog.nameZh, "");
        _setValue(dialog.to, "owner@example.com\nnot-an-address\r\nBcc: x@example.com");
        _click(dialog.save);

        assertThat(dialog.nameZh.isInvalid()).isTrue();
        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.to.getErrorMessage()).isEqualTo(dialog.getTranslation("validation.email"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(active(code).orElseThrow().nameZh()).isEqualTo("名称 " + code);
        assertThat(catalog.routing(active(code).orElseThrow().id()).to()).containsExactly("owner@example.com");
    }

    @Test
    void an_inbound_address_and_keywords_set_in_the_form_route_mail_to_the_line_and_are_audited() {
        String admin = newStaff("ADMIN");
        login(admin);
        String code = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        String address = code + "@company.example";
        String keyword = "glaze" + code.substring(5);
        catalogWithLine(code, "owner@example.com");

        UI.getCurrent().navigate(ProductLinesView.class);
        var lines = _get(ProductLinesView.class);
        _click(rowAction(lines.grid, line -> line.code().equals(code), lines.getTranslation("catalog.edit")));
        var dialog = _get(ProductLinesView.LineDialog.class);
        _setValue(dialog.inboundAddress, " " + address.toUpperCase(java.util.Locale.ROOT) + " ");
        _setValue(dialog.keywords, keyword + ", 碳化硅\n釉料 ,, " + keyword.toUpperCase(java.util.Locale.ROOT));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        long id = active(code).orElseThrow().id();
        assertThat(active(code).orElseThrow().inboundAddress()).isEqualTo(address);
        assertThat(active(code).orElseThrow().keywords()).containsExactly(keyword, "碳化硅", "釉料");
        assertThat(catalog.routeMail(List.of("kelison123@163.com", "Glazes <" + address + ">"), "Hello"))
                .isEqualTo(id);
        assertThat(catalog.routeMail(List.of("kelison123@163.com"), "询价：" + keyword + " 碳化硅"))
                .as("two keywords beat the one (碳化硅) of the seeded ceramics line")
                .isEqualTo(id);
        assertThat(audit.newestFirst(admin, "productLine.updated", 0, 10))
                .anySatisfy(entry -> assertThat(entry.changes())
                        .contains(
                                new FieldChange(Field.INBOUND_ADDRESS, null, address),
                                new FieldChange(Field.KEYWORDS, null, keyword + ", 碳化硅, 釉料")));

        administration.setActive(id, false);
        assertThat(catalog.routeMail(List.of(address), keyword + " 釉料"))
                .as("a deactivated line is never chosen")
                .isEqualTo(unassigned().id());
    }

    @Test
    void an_inbound_address_another_line_has_is_refused_with_a_translated_message_and_nothing_changes() {
        login(newStaff("ADMIN"));
        String first = "first-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "second-" + UUID.randomUUID().toString().substring(0, 8);
        String address = first + "@company.example";
        catalogWithLine(first, "owner@example.com");
        catalogWithLine(second, "owner@example.com");
        administration.update(active(first).orElseThrow().id(), withInboundAddress(first, address));

        UI.getCurrent().navigate(ProductLinesView.class);
        var lines = _get(ProductLinesView.class);
        _click(rowAction(lines.grid, line -> line.code().equals(second), lines.getTranslation("catalog.edit")));
        var dialog = _get(ProductLinesView.LineDialog.class);
        _setValue(dialog.inboundAddress, address.toUpperCase(java.util.Locale.ROOT));
        _setValue(dialog.nameEn, "Renamed");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.inboundAddress.isInvalid()).isTrue();
        assertThat(dialog.inboundAddress.getErrorMessage())
                .isEqualTo(dialog.getTranslation("catalog.inboundAddress.taken", first))
                .contains(first);
        assertThat(active(second).orElseThrow().inboundAddress()).isEmpty();
        assertThat(active(second).orElseThrow().nameEn()).isEqualTo("Line " + second);

        _setValue(dialog.inboundAddress, "not an address");
        _click(dialog.save);
        assertThat(dialog.inboundAddress.getErrorMessage()).isEqualTo(dialog.getTranslation("validation.email"));
        assertThat(active(second).orElseThrow().inboundAddress()).isEmpty();
    }

    @Test
    void the_unassigned_line_is_shown_to_administrators_but_stays_active_without_keywords_and_off_the_form() {
        login(newStaff("ADMIN"));
        ProductLineSummary unassigned = unassigned();
        long id = unassigned.id();

        UI.getCurrent().navigate(ProductLinesView.class);
        var lines = _get(ProductLinesView.class);
        assertThat(rowActions(lines.grid, "unassigned")).containsExactly(lines.getTranslation("catalog.edit"));
        assertThat(rowActions(lines.grid, "ceramics"))
                .containsExactly(lines.getTranslation("catalog.edit"), lines.getTranslation("catalog.deactivate"));
        _click(rowAction(lines.grid, line -> line.id() == id, lines.getTranslation("catalog.edit")));
        var dialog = _get(ProductLinesView.LineDialog.class);
        assertThat(dialog.keywords.isReadOnly()).isTrue();

        assertThatThrownBy(() -> administration.setActive(id, false)).isInstanceOf(IllegalArgumentException.class);
        ProductLineDraft draft = administration.draft(id);
        assertThatThrownBy(() -> administration.update(id, withKeywords(draft, "misc")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .containsExactly(new FieldViolation("keywords", "catalog.keywords.unsorted")));
        assertThat(unassigned()).isEqualTo(unassigned);

        assertThat(catalog.activeProductLines())
                .extracting(ProductLineSummary::code)
                .doesNotContain("unassigned");
        assertThat(catalog.productLinesForStaff()).last().isEqualTo(unassigned);
        assertThat(publicFormLines()).doesNotContain(unassigned.nameEn());
        assertThat(catalog.routeMail(List.of("kelison123@163.com"), "Hello " + UUID.randomUUID()))
                .isEqualTo(id);
    }

    @Test
    void the_seeded_lines_route_mail_in_english_and_chinese() {
        assertThat(lineCode(catalog.routeMail(List.of("kelison123@163.com"), "询价：氧化铝坩埚，耐火材料")))
                .isEqualTo("ceramics");
        assertThat(lineCode(catalog.routeMail(List.of(), "Quote for LNG and natural gas supply")))
                .isEqualTo("natural-gas");
        assertThat(lineCode(catalog.routeMail(List.of(), "我们需要钕铁硼永磁材料"))).isEqualTo("magnetic-materials");
        assertThat(lineCode(catalog.routeMail(List.of(), "Seedlings for a landscaping project")))
                .isEqualTo("seedlings");
    }

    @Test
    void the_company_profile_changes_the_public_contact_card() {
        String admin = newStaff("ADMIN");
        login(admin);
        CompanyCard before = catalog.companyCard();
        try {
            UI.getCurrent().navigate(CompanyProfileView.class);
            var view = _get(CompanyProfileView.class);
            _setValue(view.tel, "0717-1234567");
            _setValue(view.nameZh, "宜昌示例科技有限公司");
            _click(view.save);

            assertThat(catalog.companyCard().tel()).isEqualTo("0717-1234567");
            String card = publicPage("lang=en").select(".contact-card").text();
            assertThat(card).contains("0717-1234567");
            assertThat(publicPage("lang=zh")
                            .select(".contact-card .company-name")
                            .text())
                    .isEqualTo("宜昌示例科技有限公司");
            assertThat(audit.newestFirst(admin, "company.updated", 0, 1))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.changes())
                            .extracting(FieldChange::field, FieldChange::after)
                            .contains(org.assertj.core.groups.Tuple.tuple(Field.TEL, "0717-1234567")));

            login(admin);
            UI.getCurrent().navigate(CompanyProfileView.class);
            var again = _get(CompanyProfileView.class);
            _setValue(again.email, "not an address");
            _click(again.save);
            assertThat(again.email.isInvalid()).isTrue();
            assertThat(catalog.companyCard().email()).isEqualTo(before.email());
        } finally {
            restore(before);
        }
    }

    private void restore(CompanyCard card) {
        login(newStaff("ADMIN"));
        administration().updateCompany(card);
    }

    private void catalogWithLine(String code, String to) {
        created.add(code);
        administration()
                .create(new ProductLineDraft(
                        code, "Line " + code, "名称 " + code, "", "", 500, List.of(to), List.of(), "", ""));
    }

    private CatalogAdministration administration() {
        return administration;
    }

    /** The product lines the public form offers, in English. */
    private List<String> publicFormLines() {
        return publicPage("lang=en").select("#productLine option[value~=.+]").eachText();
    }

    private static List<String> recipients(MimeMessage message, Message.RecipientType type) {
        try {
            Address[] addresses = message.getRecipients(type);
            return addresses == null
                    ? List.of()
                    : Arrays.stream(addresses).map(Address::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ProductLineSummary unassigned() {
        return catalog.productLinesForStaff().stream()
                .filter(line -> line.code().equals("unassigned"))
                .findFirst()
                .orElseThrow();
    }

    private String lineCode(long id) {
        return catalog.productLine(id).orElseThrow().code();
    }

    private ProductLineDraft withInboundAddress(String code, String address) {
        ProductLineDraft draft = administration.draft(active(code).orElseThrow().id());
        return new ProductLineDraft(
                draft.code(),
                draft.nameEn(),
                draft.nameZh(),
                draft.descriptionEn(),
                draft.descriptionZh(),
                draft.sortOrder(),
                draft.to(),
                draft.cc(),
                address,
                draft.keywords());
    }

    private static ProductLineDraft withKeywords(ProductLineDraft draft, String keywords) {
        return new ProductLineDraft(
                draft.code(),
                draft.nameEn(),
                draft.nameZh(),
                draft.descriptionEn(),
                draft.descriptionZh(),
                draft.sortOrder(),
                draft.to(),
                draft.cc(),
                draft.inboundAddress(),
                keywords);
    }

    /** The texts of the buttons in a line's row. */
    private static List<String> rowActions(Grid<ProductLineSummary> grid, String code) {
        List<ProductLineSummary> items = GridKt._findAll(grid);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(code)) {
                return LocatorJ._find(GridKt._getCellComponent(grid, i, "actions"), Button.class).stream()
                        .map(Button::getText)
                        .toList();
            }
        }
        throw new AssertionError("No row for " + code);
    }

    private Optional<ProductLineSummary> active(String code) {
        return catalog.activeProductLines().stream()
                .filter(line -> line.code().equals(code))
                .findFirst();
    }
}
