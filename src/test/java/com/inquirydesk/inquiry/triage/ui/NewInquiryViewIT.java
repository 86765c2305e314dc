package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.inquirydesk.MailViewTest;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sales staff enter the inquiries that reach them by phone, visit, fair or mail. */
class NewInquiryViewIT extends MailViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_sales_user_enters_an_inquiry_taken_by_phone_and_the_client_gets_no_acknowledgement() {
        String sales = newStaff("SALES");
        login(sales);
        UI.getCurrent().navigate(InquiriesView.class);
        _click(_get(InquiriesView.class).newInquiry);
        NewInquiryView form = _get(NewInquiryView.class);
        String email = "phone-" + UUID.randomUUID() + "@example.cn";
        fill(form, email);
        _setValue(form.source, InquirySource.PHONE);
        _setValue(form.consentNote, "Asked for a quote by phone on 1 Dec");
        _click(form.save);

        Map<String, Object> stored = jdbc.sql("""
                        select reference, source, consent_version, consent_note, status, language, country
                        from inquiry where email = ?""").param(email).query().singleRow();
        String reference = (String) stored.get("reference");
        assertThat(stored)
                .containsEntry("source", "PHONE")
                .containsEntry("consent_version", Inquiry.CONSENT_BY_NOTE)
                .containsEntry("consent_note", "Asked for a quote by phone on 1 Dec")
                .containsEntry("status", "NEW")
                .containsEntry("language", "ZH")
                .containsEntry("country", "CN");
        assertThat(jdbc.sql("""
                        select e.actor from inquiry_event e join inquiry i on i.id = e.inquiry_id
                        where i.reference = ? and e.type = 'SUBMITTED'""").param(reference).query(String.class).single()).isEqualTo(sales);
        assertThat(mailKinds(reference)).containsExactly("STAFF_NOTIFICATION");
        NotificationsKt.expectNotifications("Inquiry " + reference + " saved.");
        InquiryDetailView detail = _get(InquiryDetailView.class);
        assertThat(detail.timeline.getElement().getTextRecursively()).contains("Entered by " + sales + ", status New");
    }

    @Test
    void the_client_is_acknowledged_when_the_box_is_ticked_and_the_source_is_shown_translated() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);
        assertThat(form.acknowledge.getValue()).as("off by default").isFalse();
        String email = "fair-" + UUID.randomUUID() + "@example.cn";
        fill(form, email);
        _setValue(form.source, InquirySource.FAIR);
        _setValue(form.consentNote, "Left a card at the Canton Fair and asked us to write");
        _setValue(form.acknowledge, true);
        _click(form.save);

        String reference = jdbc.sql("select reference from inquiry where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(mailKinds(reference)).containsExactlyInAnyOrder("STAFF_NOTIFICATION", "ACKNOWLEDGEMENT");
        assertThat(_get(InquiryDetailView.class).getElement().getTextRecursively())
                .contains("Trade fair", "Left a card at the Canton Fair and asked us to write");
    }

    @Test
    void a_missing_consent_note_is_refused_at_the_field_with_the_public_forms_messages() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);
        String email = "no-note-" + UUID.randomUUID() + "@example.cn";
        fill(form, email);
        _setValue(form.phone, "call me");
        _click(form.save);

        assertThat(form.consentNote.isInvalid()).isTrue();
        assertThat(form.consentNote.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage())
                .isEqualTo("Please enter a phone number using digits, spaces, +, -, dots or brackets.");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(_get(NewInquiryView.class)).isSameAs(form);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_form_speaks_chinese_too() {
        login(newStaff("SALES"));
        UI.getCurrent().setLocale(Language.ZH.locale());
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);

        assertThat(form.consentNote.getLabel()).isEqualTo("客户如何同意我们与其联系");
        assertThat(form.source.getItemLabelGenerator().apply(InquirySource.VISIT))
                .isEqualTo("来访");
        assertThat(form.save.getText()).isEqualTo("保存咨询");
    }

    private static void fill(NewInquiryView form, String email) {
        _setValue(form.name, "陈静");
        _setValue(form.company, "宜昌某某贸易有限公司");
        _setValue(form.email, email);
        _setValue(form.country, "CN");
        _setValue(
                form.productLine,
                form.productLine
                        .getListDataView()
                        .getItems()
                        .filter(line -> line.code().equals("ceramics"))
                        .findFirst()
                        .orElseThrow());
        _setValue(form.subject, "氧化铝坩埚询价");
        _setValue(form.message, "电话询价：氧化铝坩埚 200 件，请报价。");
        _setValue(form.language, Language.ZH);
    }

    private List<String> mailKinds(String reference) {
        return jdbc.sql("""
                        select kind from outbound_mail
                        where inquiry_id = (select id from inquiry where reference = ?)""").param(reference).query(String.class).list();
    }
}
