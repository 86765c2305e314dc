package com.inquirydesk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.audit.AuditRecord;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.base.AdministrativeChange.Field;
import com.inquirydesk.base.AdministrativeChange.FieldChange;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sales staff correct a contact, merge two contacts of one person and rename an organisation; all audited. */
class ContactEditingIT extends ViewTest {

    @Autowired
    ContactEditing editing;

    @Autowired
    IntakeService intake;

    @Autowired
    AuditTrail audit;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    Filing filing;

    @BeforeEach
    void filing() {
        filing = new Filing(intake, clock, jdbc);
    }

    @Test
    void merging_moves_every_inquiry_to_the_kept_contact_deletes_the_other_and_is_audited() {
        String work = "chen." + Filing.unique() + "@yichang-kiln.example.cn";
        String home = "chen" + Filing.unique() + "@qq.com";
        long kept = filing.contactOf(submit("陈静", work, null, "ceramics"));
        submit("陈静", work, null, "ceramics");
        long merged = filing.contactOf(submit("陈静", home, "+86 139 0000 0000", "seedlings"));
        String salesperson = newStaff("SALES");
        login(salesperson);

        editing.merge(merged, kept);

        assertThat(jdbc.sql("select count(*) from inquiry where email in (?, ?) and contact_id = ?")
                        .params(work, home, kept)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from contact where id = ?")
                        .param(merged)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select phone from contact where id = ?")
                        .param(kept)
                        .query(String.class)
                        .single())
                .as("a detail the kept contact lacked comes from the merged one")
                .isEqualTo("+86 139 0000 0000");
        assertThat(jdbc.sql("""
                        select p.code from contact_interest i join product_line p on p.id = i.product_line_id
                        where i.contact_id = ?
                        """).param(kept).query(String.class).list())
                .containsExactlyInAnyOrder("ceramics", "seedlings");
        login(newStaff("ADMIN"));
        assertThat(audit.newestFirst(salesperson, "contact.merged", 0, 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.target()).isEqualTo("contact:" + kept);
                    assertThat(entry.changes())
                            .containsExactly(new FieldChange(Field.MERGED_CONTACT, home + " (#" + merged + ")", null));
                });
    }

    @Test
    void a_contact_cannot_be_merged_into_itself() {
        long contact = filing.contactOf(submit("Self", "self-" + Filing.unique() + "@example.org", null, "ceramics"));
        login(newStaff("SALES"));

        assertThatThrownBy(() -> editing.merge(contact, contact))
                .isInstanceOf(InvalidInputException.class)
                .extracting(refused -> ((InvalidInputException) refused).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(violation -> ((FieldViolation) violation).messageKey())
                .containsExactly("contact.mergeSelf");
    }

    @Test
    void a_correction_is_checked_saved_and_audited_and_a_bad_one_changes_nothing() {
        String address = "fix-" + Filing.unique() + "@example.org";
        long contact = filing.contactOf(submit("Wrong Name", address, "0717 000", "ceramics"));
        String salesperson = newStaff("SALES");
        login(salesperson);

        assertThatThrownBy(() -> editing.update(contact, new ContactDraft(" ", null, "<b>1</b>", "XX", "fr")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("name", "phone", "country", "language"));
        assertThat(nameOf(contact)).isEqualTo("Wrong Name");

        editing.update(contact, new ContactDraft("Right Name", "Acme GmbH", "+49 30 1234", "de", "en"));

        assertThat(jdbc.sql("select name || '|' || company || '|' || phone || '|' || country from contact where id = ?")
                        .param(contact)
                        .query(String.class)
                        .single())
                .isEqualTo("Right Name|Acme GmbH|+49 30 1234|DE");
        // the inquiry keeps what was typed that day
        assertThat(jdbc.sql("select contact_name from inquiry where contact_id = ?")
                        .param(contact)
                        .query(String.class)
                        .single())
                .isEqualTo("Wrong Name");
        login(newStaff("ADMIN"));
        List<AuditRecord> trail = audit.newestFirst(salesperson, "contact.updated", 0, 10);
        assertThat(trail)
                .singleElement()
                .satisfies(entry -> assertThat(entry.changes())
                        .extracting(FieldChange::field)
                        .containsExactlyInAnyOrder(Field.NAME, Field.COMPANY, Field.PHONE, Field.COUNTRY));
    }

    @Test
    void an_organisation_is_renamed_and_audited_and_anonymous_callers_change_nothing() {
        long contact =
                filing.contactOf(submit("Org", "org@" + Filing.unique() + "-works.example.com", null, "ceramics"));
        long organisation = jdbc.sql("select organisation_id from contact where id = ?")
                .param(contact)
                .query(Long.class)
                .single();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> editing.renameOrganisation(organisation, "Nobody's"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        String salesperson = newStaff("SALES");
        login(salesperson);

        editing.renameOrganisation(organisation, "宜昌窑具厂 Yichang Kiln Works");

        assertThat(jdbc.sql("select name from organisation where id = ?")
                        .param(organisation)
                        .query(String.class)
                        .single())
                .isEqualTo("宜昌窑具厂 Yichang Kiln Works");
        login(newStaff("ADMIN"));
        assertThat(audit.newestFirst(salesperson, "organisation.renamed", 0, 10))
                .singleElement()
                .extracting(AuditRecord::target)
                .isEqualTo("organisation:" + organisation);
    }

    private String submit(String name, String email, String phone, String line) {
        return filing.submit(Filing.request(name, email, phone, null, line, "Quote " + Filing.unique()), "10.9.3.1");
    }

    private String nameOf(long contact) {
        return jdbc.sql("select name from contact where id = ?")
                .param(contact)
                .query(String.class)
                .single();
    }
}
