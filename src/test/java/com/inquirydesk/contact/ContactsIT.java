package com.inquirydesk.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.inquiry.ClientMail;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.MailIntake;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every intake path files the client as one contact, keyed by the address in any case and with any blanks;
 * company domains group their people into an organisation and free-mail domains do not; sales staff find
 * contacts in the grid and see each one's inquiries. (The mailbox's path: {@code MailboxIntakeIT}.)
 */
class ContactsIT extends ViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactCsvExport export;

    @Autowired
    Contacts contacts;

    Filing filing;

    @BeforeEach
    void filing() {
        filing = new Filing(intake, clock, jdbc);
    }

    @Autowired
    MailIntake mailIntake;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_form_the_api_and_staff_entry_file_one_client_as_one_contact_whatever_the_case_of_the_address() {
        String domain = Filing.unique() + ".example.com";
        String address = "li.wei@" + domain;

        var first = intake.submit(
                request("Li Wei", "Li.Wei@" + domain.toUpperCase(), null, "ceramics", "Crucibles"),
                IntakeContext.form("10.9.0.1", clock.instant().minus(Duration.ofMinutes(2))));
        clock.advance(Duration.ofMinutes(1));
        var second = intake.submit(
                request("Wei Li", "  " + address + " ", "+86 717 000 0000", "natural-gas", "Gas supply"),
                IntakeContext.api("10.9.0.2"));
        clock.advance(Duration.ofMinutes(1));
        var third = intake.submit(
                request("Wei Li", address, null, "ceramics", "Kiln furniture"),
                IntakeContext.staff(InquirySource.PHONE, "li.na", "Called about kiln furniture", false));

        List<Long> contactIds = jdbc.sql("select contact_id from inquiry where reference in (?, ?, ?)")
                .params(first.reference(), second.reference(), third.reference())
                .query(Long.class)
                .list();
        assertThat(contactIds).hasSize(3).doesNotContainNull().containsOnly(contactIds.getFirst());
        Map<String, Object> contact =
                row("select email, name, phone, organisation_id from contact where id = ?", contactIds.getFirst());
        assertThat(contact)
                .containsEntry("email", address)
                .containsEntry("name", "Wei Li")
                // a later inquiry without a phone does not erase the one given before
                .containsEntry("phone", "+86 717 000 0000");
        assertThat(jdbc.sql("select count(*) from contact where email like ?")
                        .param("%@" + domain)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("""
                        select p.code from contact_interest i join product_line p on p.id = i.product_line_id
                        where i.contact_id = ?
                        """)
                        .param(contactIds.getFirst())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("ceramics", "natural-gas");
        // the inquiry keeps what was typed that day
        assertThat(jdbc.sql("select contact_name from inquiry where reference = ?")
                        .param(first.reference())
                        .query(String.class)
                        .single())
                .isEqualTo("Li Wei");
    }

    @Test
    void two_first_inquiries_from_one_address_at_the_same_moment_make_one_contact_and_both_are_stored()
            throws Exception {
        String address = "twice-" + Filing.unique() + "@example.net";
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            List<Future<String>> references = new ArrayList<>();
            for (String line : List.of("ceramics", "seedlings")) {
                references.add(threads.submit(() -> {
                    start.await();
                    return intake.submit(
                                    request("Twice", address, null, line, "Same moment " + line),
                                    IntakeContext.api("10.9.2." + line.length()))
                            .reference();
                }));
            }
            start.countDown();
            for (Future<String> reference : references) {
                assertThat(reference.get(30, TimeUnit.SECONDS)).startsWith("INQ-");
            }
        }
        assertThat(jdbc.sql("select count(*) from contact where email = ?")
                        .param(address)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(distinct contact_id) from inquiry where email = ?")
                        .param(address)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void a_company_domain_makes_one_organisation_of_its_people_and_free_mail_makes_none() {
        String company = Filing.unique() + "-ceramics.example.cn";
        long zhang = filing.contactOf(submit("张伟", "zhang@" + company));
        long wang = filing.contactOf(submit("王芳", "wang@" + company));
        long free = filing.contactOf(submit("刘洋", Filing.unique() + "@163.com"));
        long qq = filing.contactOf(submit("陈静", Filing.unique() + "@QQ.com"));

        Long organisation = filing.organisationOf(zhang);
        assertThat(organisation).isNotNull().isEqualTo(filing.organisationOf(wang));
        assertThat(jdbc.sql("select name from organisation where id = ?")
                        .param(organisation)
                        .query(String.class)
                        .single())
                .isEqualTo(company);
        assertThat(filing.organisationOf(free)).isNull();
        assertThat(filing.organisationOf(qq)).isNull();
        assertThat(jdbc.sql("select count(*) from organisation where domain in ('163.com', 'qq.com')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void sales_staff_find_a_contact_by_its_chinese_name_and_open_its_page_with_its_history() {
        String marker = Filing.unique();
        String address = "zhao." + marker + "@example.org";
        String reference = submit("赵" + marker, address);
        clock.advance(Duration.ofMinutes(5));
        long inquiryId = filing.inquiryId(reference);
        transactions.executeWithoutResult(status -> mailIntake.addAnswer(
                inquiryId,
                new ClientMail(
                        "赵" + marker,
                        address,
                        List.of("sales@example.com"),
                        "Re: 交货期 " + marker,
                        "两周内可以交货吗？",
                        null,
                        List.of(),
                        "<" + marker + "@mail.example.org>",
                        clock.instant(),
                        false,
                        false)));
        String later = submit("赵" + marker, address.toUpperCase());
        login(newStaff("SALES"));

        UI.getCurrent().navigate(ContactsView.class);
        var view = _get(ContactsView.class);
        view.search.setValue("赵" + marker);
        List<ContactRow> found = GridKt._findAll(view.grid);
        assertThat(found).singleElement().satisfies(row -> {
            assertThat(row.email()).isEqualTo(address);
            assertThat(row.counts()).isEqualTo(new InquiryCounts(2, 0, 0));
        });

        view.search.setValue(marker + "@EXAMPLE");
        assertThat(GridKt._findAll(view.grid)).extracting(ContactRow::email).containsExactly(address);

        UI.getCurrent()
                .navigate(
                        ContactView.class,
                        new RouteParameters(
                                ContactView.ID, String.valueOf(found.getFirst().id())));
        var page = _get(ContactView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(page, Anchor.class))
                .extracting(Anchor::getHref)
                .contains("mailto:" + address, "inquiries/" + reference);
        assertThat(_get(page, UnorderedList.class, spec -> spec.withClasses("contact-consents"))
                        .getElement()
                        .getTextRecursively())
                .contains("API · agreed to the consent text of 2026-11 (" + reference + ")");
        // one timeline, newest first: each inquiry below its acknowledgement, the client's mail between them
        assertThat(_get(page, UnorderedList.class, spec -> spec.withClasses("contact-history"))
                        .getChildren()
                        .map(item -> item.getElement().getTextRecursively())
                        .toList())
                .satisfiesExactly(
                        item -> assertThat(item).startsWith("Acknowledgement").contains(later),
                        item -> assertThat(item).startsWith("Inquiry" + later),
                        item -> assertThat(item)
                                .startsWith("Client's mailRe: 交货期 " + marker)
                                .contains(reference),
                        item -> assertThat(item).startsWith("Acknowledgement").contains(reference),
                        item -> assertThat(item).startsWith("Inquiry" + reference));
    }

    @Test
    void the_grid_scrolling_by_page_keys_shows_the_rows_of_the_counted_pages_also_with_equal_times() {
        String marker = Filing.unique();
        for (int i = 0; i < 7; i++) {
            // the same moment for all: their order falls to the id
            intake.submit(
                    request("Seek " + marker, "seek-" + i + "-" + marker + "@example.org", null, "ceramics", "S" + i),
                    IntakeContext.api("10.9.4.1"));
        }
        login(newStaff("SALES"));
        var filter = new ContactFilter("Seek " + marker, null, null, null, null);
        var keys = new ContactPageKeys();

        List<Long> scrolled = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 3) {
            contacts.page(filter, offset, 3, keys).forEach(row -> scrolled.add(row.id()));
        }

        assertThat(scrolled)
                .hasSize(7)
                .containsExactlyElementsOf(contacts.page(filter, 0, 50).stream()
                        .map(ContactRow::id)
                        .toList());
    }

    @Test
    void managers_export_the_view_as_safe_csv_and_sales_staff_may_not() throws Exception {
        String marker = Filing.unique();
        submit("=HYPERLINK(\"http://evil.example\",\"x\")", "csv-" + marker + "@example.org");
        submit("孙丽 " + marker, "sun-" + marker + "@example.org");
        login(newStaff("SALES"));
        UI.getCurrent().navigate(ContactsView.class);
        assertThat(_get(ContactsView.class).export.isVisible()).isFalse();
        var filter = new ContactFilter(marker, null, null, null, null);
        assertThatThrownBy(() -> export.write(filter, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        login(newStaff("MANAGER"));
        UI.getCurrent().navigate("account"); // away, so that the contacts view is made anew for the manager
        UI.getCurrent().navigate(ContactsView.class);
        assertThat(_get(ContactsView.class).export.isVisible()).isTrue();
        var out = new ByteArrayOutputStream();
        export.write(filter, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFemail,name,");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(records)
                .extracting(record -> record.get("name"))
                .containsExactly("孙丽 " + marker, "'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(records.getFirst().get("open_inquiries")).isEqualTo("1");
    }

    private String submit(String name, String email) {
        return filing.submit(request(name, email, null, "magnetic-materials", "询价 " + Filing.unique()), "10.9.1.1");
    }

    private static InquiryRequest request(String name, String email, String phone, String productLine, String subject) {
        return Filing.request(name, email, phone, "CN", productLine, subject);
    }

    private Map<String, Object> row(String sql, Object param) {
        // H2 and PostgreSQL differ in the case of column labels
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.sql(sql).param(param).query().singleRow().forEach((key, value) -> row.put(key.toLowerCase(), value));
        return row;
    }
}
