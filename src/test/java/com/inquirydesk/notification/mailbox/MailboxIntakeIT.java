package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client's first mail to the company's mailbox becomes an inquiry, acknowledged in the client's thread. */
class MailboxIntakeIT extends MailboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String WITH_EXECUTABLE = """
            From: Li Si <lisi@example.org>
            To: desk@example.com
            Subject: Magnetic materials price list
            Date: Thu, 3 Dec 2026 10:00:00 +0000
            Message-ID: <exe@example.org>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=us-ascii

            Please send your price list for NdFeB magnets. Our specification is attached.
            --b1
            Content-Type: application/octet-stream; name="setup.exe"
            Content-Disposition: attachment; filename="setup.exe"
            Content-Transfer-Encoding: base64

            TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=
            --b1--
            """;

    @Test
    void a_chinese_mail_in_gbk_with_a_pdf_becomes_an_inquiry_and_is_acknowledged_in_its_thread() {
        byte[] mail = MailServer.unique(TestMails.gbkChineseWithPdf());
        String messageId = MailServer.messageIdOf(mail);
        server.deliver(mail);

        Map<String, Object> inquiry =
                await().atMost(PATIENCE).until(() -> inquiryRowOf(messageId), found -> found != null);
        assertThat(inquiry)
                .containsEntry("source", "EMAIL")
                .containsEntry("language", "ZH")
                .containsEntry("contact_name", TestMails.GBK_NAME)
                .containsEntry("email", "zhangsan@163.com")
                .containsEntry("subject", TestMails.GBK_SUBJECT)
                .containsEntry("message", TestMails.GBK_TEXT)
                .containsEntry("consent_version", "email");
        long id = ((Number) inquiry.get("id")).longValue();
        // the client is filed as a contact, as from any other path; 163.com makes no organisation
        assertThat(jdbc.sql("select email, organisation_id from contact where id = ?")
                        .param(((Number) inquiry.get("contact_id")).longValue())
                        .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2))
                        .single())
                .isEqualTo("zhangsan@163.com null");
        assertThat(jdbc.sql("select file_name, content_type from inquiry_attachment where inquiry_id = ?")
                        .param(id)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly(TestMails.GBK_FILE_NAME + " application/pdf");
        String reference = (String) inquiry.get("reference");

        MimeMessage acknowledgement = await().atMost(PATIENCE)
                .until(() -> sentWithSubjectContaining("zhangsan@163.com", reference), found -> found != null);
        assertThat(MailServer.header(acknowledgement, "In-Reply-To")).isEqualTo(messageId);
        assertThat(MailServer.header(acknowledgement, "References")).isEqualTo(messageId);
        assertThat(MailServer.header(acknowledgement, "Reply-To")).isEqualTo(MailServer.ADDRESS);
        assertThat(MailServer.header(acknowledgement, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(MailServer.messageIdOf(acknowledgement)).endsWith("@example.com>");
        assertThat(jdbc.sql("select message_id from outbound_mail where inquiry_id = ? and kind = 'ACKNOWLEDGEMENT'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(MailServer.messageIdOf(acknowledgement));
        await().atMost(PATIENCE).until(() -> server.seen(messageId));
    }

    @Test
    void a_file_the_form_would_refuse_is_listed_with_the_mail_and_not_kept() {
        byte[] mail = MailServer.unique(WITH_EXECUTABLE.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
        String messageId = MailServer.messageIdOf(mail);
        server.deliver(mail);

        Map<String, Object> inquiry =
                await().atMost(PATIENCE).until(() -> inquiryRowOf(messageId), found -> found != null);
        long id = ((Number) inquiry.get("id")).longValue();
        assertThat(jdbc.sql("select code from product_line where id = ?")
                        .param(((Number) inquiry.get("product_line_id")).longValue())
                        .query(String.class)
                        .single())
                .as("filed by the keywords of its subject and text: magnetic, magnets, NdFeB")
                .isEqualTo("magnetic-materials");
        assertThat(jdbc.sql("select count(*) from inquiry_attachment where inquiry_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select refused_files from inquiry_message where inquiry_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("attachment.type:setup.exe");
    }

    private Map<String, Object> inquiryRowOf(String messageId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select i.* from inquiry i join inbound_message m on m.inquiry_id = i.id
                        where m.message_id = ? and m.outcome = 'INQUIRY'
                        """).param(messageId).query().listOfRows();
        if (rows.isEmpty()) {
            return null;
        }
        // H2 and PostgreSQL differ in the case of column labels
        return rows.getFirst().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().toLowerCase(), e -> e.getValue() == null ? "" : e.getValue()));
    }

    private static MimeMessage sentWithSubjectContaining(String to, String text) {
        return server.sentTo(to).stream()
                .filter(message -> {
                    try {
                        return message.getSubject().contains(text);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElse(null);
    }
}
