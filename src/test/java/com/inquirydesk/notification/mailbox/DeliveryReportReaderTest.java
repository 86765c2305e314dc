package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeliveryReportReaderTest {

    private static DeliveryReport read(byte[] raw) throws Exception {
        return DeliveryReportReader.read(
                new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    @Test
    void reads_the_returned_message_id_and_outbox_id_from_the_rfc822_headers_part() throws Exception {
        DeliveryReport report = read(TestMails.dsnFor("<ack-7.inq-2026-000123@desk.example.com>", 4711));
        assertThat(report.originalMessageId()).isEqualTo("<ack-7.inq-2026-000123@desk.example.com>");
        assertThat(report.outboundMailId()).isEqualTo(4711L);
    }

    @Test
    void reads_status_and_the_folded_diagnostic_from_the_delivery_status_part() throws Exception {
        DeliveryReport report = read(TestMails.dsnFor("<x@desk.example.com>", 1));
        assertThat(report.status()).isEqualTo(TestMails.DSN_STATUS);
        assertThat(report.diagnostic()).isEqualTo(TestMails.DSN_DIAGNOSTIC);
    }

    @Test
    void reads_the_message_id_from_a_returned_message_rfc822_part() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: MAILER-DAEMON@mx.example.net")
                .header("Subject: Delivery Status Notification (Failure)")
                .header("MIME-Version: 1.0")
                .header("Content-Type: multipart/report; report-type=delivery-status; boundary=r")
                .blank()
                .line("--r")
                .line("Content-Type: text/plain")
                .blank()
                .line("Failed.")
                .line("--r")
                .line("Content-Type: message/delivery-status")
                .blank()
                .line("Reporting-MTA: dns; mx.example.net")
                .blank()
                .line("Final-Recipient: rfc822; x@example.net")
                .line("Action: failed")
                .line("Status: 5.2.2")
                .line("--r")
                .line("Content-Type: message/rfc822")
                .blank()
                .line("From: desk@example.com")
                .line("Message-ID: <reply-9@desk.example.com>")
                .line("X-Inquiry-Desk-Mail: 9")
                .blank()
                .line("The whole returned mail.")
                .line("--r--")
                .bytes();
        DeliveryReport report = read(raw);
        assertThat(report).isEqualTo(new DeliveryReport("<reply-9@desk.example.com>", 9L, "5.2.2", null));
    }

    @Test
    void a_plain_text_bounce_is_searched_for_the_returned_headers() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: postmaster@163.com")
                .header("Subject: =?UTF-8?B?57O757uf6YCA5L+h?=")
                .header("Content-Type: text/plain; charset=UTF-8")
                .blank()
                .line("很抱歉，您的邮件无法投递。")
                .line("原邮件头：")
                .line("Message-ID: <ack-5@desk.example.com>")
                .line("X-Inquiry-Desk-Mail: 55")
                .bytes();
        assertThat(read(raw)).isEqualTo(new DeliveryReport("<ack-5@desk.example.com>", 55L, null, null));
    }

    @Test
    void a_bounce_of_someone_elses_mail_has_no_outbox_id() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: MAILER-DAEMON@mx.example.net")
                .header("Content-Type: multipart/report; report-type=delivery-status; boundary=r")
                .blank()
                .line("--r")
                .line("Content-Type: text/rfc822-headers")
                .blank()
                .line("Message-ID: <other@elsewhere.example>")
                .line("X-Inquiry-Desk-Mail: not-a-number")
                .line("--r--")
                .bytes();
        assertThat(read(raw)).isEqualTo(new DeliveryReport("<other@elsewhere.example>", null, null, null));
    }

    @Test
    void the_parser_attaches_the_report_to_bounces_only() throws Exception {
        var parser = new InboundMailParser();
        ParsedMail bounce = parser.parse(TestMails.dsnFor("<ack-1@desk.example.com>", 12));
        assertThat(bounce.deliveryReport())
                .isEqualTo(new DeliveryReport("<ack-1@desk.example.com>", 12L, "5.1.1", TestMails.DSN_DIAGNOSTIC));
        assertThat(bounce.attachments()).isEmpty();
        assertThat(parser.parse(TestMails.autoReply()).deliveryReport()).isNull();
    }
}
