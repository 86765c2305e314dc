package com.inquirydesk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.ClientMail;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.MailIntake;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TriageService;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A client's rights over their data: the download holds everything, and after the erasure no text column of any
 * table, and no stored file, holds any of the client's personal strings, while the dashboard and the monthly
 * summary show the same figures as before.
 */
@AutoConfigureMockMvc
class PersonalDataIT extends ViewTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    PersonalDataRights rights;

    @Autowired
    ContactEditing editing;

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Autowired
    MailIntake mailIntake;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail audit;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_download_holds_everything_and_the_erasure_leaves_no_personal_string_and_the_same_figures()
            throws Exception {
        Client client = Client.unique();
        long contact = leaveTracesEverywhere(client);
        String admin = newStaff("ADMIN");
        login(admin);

        var zip = new ByteArrayOutputStream();
        rights.download(contact, zip);
        Map<String, String> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).contains("personal-data.json").anyMatch(name -> name.startsWith("files/"));
        assertThat(entries.get("personal-data.json"))
                .contains(client.name, client.email, client.phone, client.company, client.token + " message")
                .contains(client.token + " answer by mail", client.token + " note", client.token + " reply");
        assertThat(String.join("", entries.values())).contains(client.token + " drawing");

        String dashboardBefore = dashboard();
        String summaryBefore = summary(admin);

        rights.erase(contact);

        assertThat(textColumnsHolding(client.strings())).isEmpty();
        assertThat(binaryColumnsHolding(client.token)).isEmpty();
        assertThat(dashboard()).isEqualTo(dashboardBefore);
        assertThat(summary(admin)).isEqualTo(summaryBefore);
        assertThat(audit.newestFirst(admin, "contact.personalDataErased", 0, 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.target()).isEqualTo("contact:" + contact);
                    assertThat(entry.changes()).isEmpty();
                });
        assertThat(audit.newestFirst(admin, "contact.personalDataExported", 0, 10))
                .hasSize(1);
    }

    @Test
    void managers_script_the_contacts_csv_with_the_grids_filters() throws Exception {
        Client client = Client.unique();
        leaveTracesEverywhere(client);
        String manager = newStaff("MANAGER");
        login(manager); // the request's own HTTP Basic login, not the salesperson's of the steps before

        var response = mvc.perform(get("/api/reports/contacts.csv")
                        .param("q", client.token)
                        .param("country", "cn")
                        .with(httpBasic(manager, PASSWORD)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"contacts-");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        List<String> lines =
                response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(client.email + ",").contains(client.phone);
    }

    @Test
    void only_administrators_may_download_or_erase() {
        long contact = leaveTracesEverywhere(Client.unique());
        login(newStaff("MANAGER"));

        assertThatThrownBy(() -> rights.download(contact, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rights.erase(contact)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from contact where id = ?")
                        .param(contact)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    /** The client writes by form with a file and by API, staff note and reply, the client answers by mail. */
    private long leaveTracesEverywhere(Client client) {
        clock.advance(Duration.ofSeconds(1));
        byte[] drawing = ("%PDF-1.7\n1 0 obj << /Title (" + client.token + " drawing) >> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        String first = intake.submit(
                        new InquiryRequest(
                                client.name,
                                client.company,
                                client.email,
                                client.phone,
                                "CN",
                                "ceramics",
                                client.token + " crucibles",
                                client.token + " message",
                                "en",
                                true,
                                null),
                        IntakeContext.form("10.77.0.1", clock.instant().minus(Duration.ofMinutes(2))),
                        List.of(new AttachmentUpload(client.token + "-drawing.pdf", drawing)))
                .reference();
        clock.advance(Duration.ofSeconds(1));
        intake.submit(
                new InquiryRequest(
                        client.name,
                        null,
                        client.email.toUpperCase(Locale.ROOT),
                        null,
                        "CN",
                        "natural-gas",
                        client.token + " gas",
                        client.token + " second message",
                        "en",
                        true,
                        null),
                IntakeContext.api("10.77.0.2"));
        long contact = jdbc.sql("select contact_id from inquiry where reference = ?")
                .param(first)
                .query(Long.class)
                .single();
        login(newStaff("SALES"));
        triage.addNote(first, client.token + " note: call " + client.name);
        triage.reply(first, client.token + " reply: dear " + client.name);
        editing.update(contact, new ContactDraft(client.name + " Jr", client.company, client.phone, "CN", "en"));
        long inquiryId = jdbc.sql("select id from inquiry where reference = ?")
                .param(first)
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(status -> mailIntake.addAnswer(
                inquiryId,
                new ClientMail(
                        client.name,
                        client.email,
                        List.of("desk@example.com"),
                        "Re: " + client.token,
                        client.token + " answer by mail",
                        "> " + client.token + " quoted",
                        List.of(),
                        "<" + client.token + "@client.example>",
                        clock.instant(),
                        false,
                        false)));
        // what the mailbox reader records: the answer taken in, and a mail of theirs held over the limit
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        // keys are SHA-256 hex digests in the app: nothing personal
        String answerKey = UUID.randomUUID().toString();
        String heldKey = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into inbound_message (mailbox, message_key, message_id, uid_validity, uid, received_at,
                            processed_at, from_address, subject, outcome, inquiry_id)
                        values ('test', ?, ?, 1, 1, ?, ?, ?, ?, 'REPLY', ?)
                        """)
                .params(
                        answerKey,
                        "<" + client.token + "@client.example>",
                        now,
                        now,
                        client.email,
                        "Re: " + client.token,
                        inquiryId)
                .update();
        long held = jdbc.sql("""
                        insert into inbound_message (mailbox, message_key, message_id, uid_validity, uid, received_at,
                            processed_at, from_address, subject, outcome)
                        values ('test', ?, ?, 1, 2, ?, ?, ?, ?, 'QUARANTINED')
                        """)
                .params(
                        heldKey,
                        "<" + client.token + "-2@client.example>",
                        now,
                        now,
                        client.email,
                        client.token + " held")
                .update();
        long message = jdbc.sql("select id from inbound_message where message_key = ?")
                .param(heldKey)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into quarantined_mail (inbound_message_id, reason, detail, from_address, subject,
                            size_bytes, eml, attempts, state, quarantined_at, version)
                        values (?, 'RATE_LIMITED', ?, ?, ?, 10, ?, 1, 'HELD', ?, 0)
                        """)
                .params(
                        message,
                        client.email,
                        client.email,
                        client.token + " held",
                        ("From: " + client.email + "\r\n\r\n" + client.token + " held")
                                .getBytes(StandardCharsets.UTF_8),
                        now)
                .update();
        assertThat(held).isOne();
        return contact;
    }

    /** Every text column of every table of the app's schema that holds one of the strings. */
    private List<String> textColumnsHolding(List<String> strings) {
        var found = new ArrayList<String>();
        for (Column column : columns()) {
            if (!column.text()) {
                continue;
            }
            for (String string : strings) {
                long rows = jdbc.sql(
                                "select count(*) from " + column.table() + " where lower(" + column.name() + ") like ?")
                        .param("%" + string.toLowerCase(Locale.ROOT) + "%")
                        .query(Long.class)
                        .single();
                if (rows > 0) {
                    found.add(column.table() + "." + column.name() + " holds " + string);
                }
            }
        }
        return found;
    }

    /** Every binary column (files, held mail) whose bytes hold the string. */
    private List<String> binaryColumnsHolding(String string) {
        byte[] wanted = string.getBytes(StandardCharsets.US_ASCII);
        var found = new ArrayList<String>();
        for (Column column : columns()) {
            if (column.text()) {
                continue;
            }
            jdbc.sql("select " + column.name() + " from " + column.table()).query(row -> {
                byte[] bytes = row.getBytes(1);
                if (bytes != null && indexOf(bytes, wanted) >= 0) {
                    found.add(column.table() + "." + column.name());
                }
            });
        }
        return found;
    }

    private List<Column> columns() {
        return jdbc
                .sql("""
                        select table_name, column_name, lower(data_type) from information_schema.columns
                        where table_schema = current_schema
                        """)
                .query((row, n) -> {
                    String type = row.getString(3);
                    boolean text = type.contains("char")
                            || type.contains("text")
                            || type.contains("clob")
                            || type.equals("character large object");
                    boolean binary = type.contains("bytea") || type.contains("binary") || type.contains("blob");
                    return text || binary ? new Column(quoted(row.getString(1)), quoted(row.getString(2)), text) : null;
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .filter(column -> !column.table().toLowerCase(Locale.ROOT).contains("flyway"))
                .toList();
    }

    private String dashboard() {
        UI.getCurrent().navigate("account");
        UI.getCurrent().navigate("dashboard");
        return UI.getCurrent().getElement().getTextRecursively();
    }

    private String summary(String admin) throws Exception {
        return mvc.perform(get("/api/reports/summary.csv").with(httpBasic(admin, PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        var entries = new HashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }

    private record Column(String table, String name, boolean text) {}

    /** A client whose every personal string carries one token, so that a scan finds any trace. */
    private record Client(String token, String name, String email, String phone, String company) {

        static Client unique() {
            String token = "qz" + UUID.randomUUID().toString().substring(0, 8);
            String digits = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
            return new Client(
                    token,
                    "Erasable " + token,
                    "client." + token + "@" + token + "-works.example.com",
                    "+86 717 " + digits,
                    token + " Works Ltd");
        }

        List<String> strings() {
            return List.of(token, email, phone.substring(8));
        }
    }
}
