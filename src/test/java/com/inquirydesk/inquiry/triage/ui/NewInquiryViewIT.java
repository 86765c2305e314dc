package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.inquirydesk.MailViewTest;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sales staff enter the inquiries that reach them by phone, visit, fair or mail. */
class NewInquiryViewIT extends MailViewTest {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

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
        assertThat(detail.timeline.getElement().getTextRecursively())
                .contains("Entered by Staff " + sales + ", status New");
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
        _setValue(form.client.phone, "call me");
        _click(form.save);

        assertThat(form.consentNote.isInvalid()).isTrue();
        assertThat(form.consentNote.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(form.client.phone.isInvalid()).isTrue();
        assertThat(form.client.phone.getErrorMessage())
                .isEqualTo("Please enter a phone number using digits, spaces, +, -, dots or brackets.");
        assertThat(form.client.name.isInvalid()).isFalse();
        assertThat(_get(NewInquiryView.class)).isSameAs(form);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_drawing_the_client_sent_by_mail_is_stored_with_the_inquiry() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);
        String email = "mail-" + UUID.randomUUID() + "@example.cn";
        fill(form, email);
        _setValue(form.source, InquirySource.EMAIL);
        _setValue(form.consentNote, "Wrote to the sales mailbox asking for a quote");
        _upload(upload(form), "坩埚图纸.pdf", "application/pdf", PDF);
        _click(form.save);

        String reference = jdbc.sql("select reference from inquiry where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("""
                        select a.file_name from inquiry_attachment a join inquiry i on i.id = a.inquiry_id
                        where i.reference = ?""").param(reference).query(String.class).list()).containsExactly("坩埚图纸.pdf");
        assertThat(_get(InquiryDetailView.class).getElement().getTextRecursively())
                .contains("坩埚图纸.pdf");
    }

    @Test
    void a_renamed_program_is_refused_with_its_name_and_not_stored() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);
        String email = "program-" + UUID.randomUUID() + "@example.cn";
        fill(form, email);
        _setValue(form.consentNote, "Sent us a drawing by mail");
        byte[] program = "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        _upload(upload(form), "drawing.pdf", "application/pdf", program);

        assertThat(form.attachments.files()).isEmpty();
        assertThat(form.attachments.getElement().getTextRecursively()).contains("drawing.pdf");
        _click(form.save);
        assertThat(jdbc.sql("""
                        select count(a.id) from inquiry i left join inquiry_attachment a on a.inquiry_id = i.id
                        where i.email = ? group by i.id""").param(email).query(Long.class).list())
                .as("the inquiry is stored, without the program")
                .containsExactly(0L);
    }

    @Test
    void the_staff_members_browser_is_not_asked_to_fill_in_its_own_details() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);

        assertThat(List.of(form.client.name, form.client.company, form.client.email, form.client.phone))
                .extracting(TextField::getAutocomplete)
                .containsOnly(Autocomplete.OFF);
    }

    @Test
    void staff_choose_from_the_lines_clients_choose_from_and_never_the_line_for_unsorted_mail() {
        login(newStaff("SALES"));
        UI.getCurrent().navigate(NewInquiryView.class);
        NewInquiryView form = _get(NewInquiryView.class);

        assertThat(form.client.productLine.getListDataView().getItems().map(ProductLineSummary::code))
                .contains("ceramics", "intelligent-products")
                .doesNotContain("unassigned");
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

    private static Upload upload(NewInquiryView form) {
        return _get(form.attachments, Upload.class);
    }

    private static void fill(NewInquiryView form, String email) {
        _setValue(form.client.name, "陈静");
        _setValue(form.client.company, "宜昌某某贸易有限公司");
        _setValue(form.client.email, email);
        _setValue(form.client.country, "CN");
        _setValue(
                form.client.productLine,
                form.client
                        .productLine
                        .getListDataView()
                        .getItems()
                        .filter(line -> line.code().equals("ceramics"))
                        .findFirst()
                        .orElseThrow());
        _setValue(form.client.subject, "氧化铝坩埚询价");
        _setValue(form.client.message, "电话询价：氧化铝坩埚 200 件，请报价。");
        _setValue(form.client.language, Language.ZH);
    }

    private List<String> mailKinds(String reference) {
        return jdbc.sql("""
                        select kind from outbound_mail
                        where inquiry_id = (select id from inquiry where reference = ?)""").param(reference).query(String.class).list();
    }
}
