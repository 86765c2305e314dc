package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutoReplySignalsTest {

    private static InboundKind kind(String... headers) throws Exception {
        String raw = String.join("\r\n", headers) + "\r\n\r\nbody\r\n";
        var mail = new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return AutoReplySignals.classify(mail);
    }

    @Test
    void a_plain_mail_is_from_a_person() throws Exception {
        assertThat(kind("From: a@example.com", "Subject: Hello")).isEqualTo(InboundKind.PERSON);
    }

    @Test
    void auto_submitted_no_is_a_person() throws Exception {
        assertThat(kind("From: a@example.com", "Auto-Submitted: no")).isEqualTo(InboundKind.PERSON);
        assertThat(kind("From: a@example.com", "Auto-Submitted:  No ")).isEqualTo(InboundKind.PERSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated",
                "X-Autoreply: yes",
                "X-Autorespond: Out of office",
                "Precedence: auto_reply"
            })
    void headers_of_automatic_answers_make_an_auto_reply(String header) throws Exception {
        assertThat(kind("From: a@example.com", "Subject: Out of office", header))
                .isEqualTo(InboundKind.AUTO_REPLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Automatic reply: Quote", "自动答复: 报价", "Out of Office: back Monday", "自动回复：休假"})
    void an_exchange_out_of_office_subject_with_its_suppress_header_is_an_auto_reply(String subject) throws Exception {
        assertThat(kind(
                        "From: a@example.com",
                        "X-Auto-Response-Suppress: All",
                        "Subject: " + TestMails.utf8Word(subject)))
                .isEqualTo(InboundKind.AUTO_REPLY);
    }

    @Test
    void a_person_writing_through_an_exchange_distribution_list_is_a_person() throws Exception {
        assertThat(kind("From: buyer@example.com", "X-Auto-Response-Suppress: DR, OOF, AutoReply", "Subject: RFQ"))
                .isEqualTo(InboundKind.PERSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Precedence: bulk",
                "Precedence: junk",
                "Precedence: list",
                "List-Id: <news.example.com>",
                "List-Unsubscribe: <mailto:leave@example.com>"
            })
    void list_headers_make_a_list_mail(String header) throws Exception {
        assertThat(kind("From: news@example.com", header)).isEqualTo(InboundKind.LIST);
    }

    @Test
    void a_delivery_status_report_is_a_bounce() throws Exception {
        assertThat(kind(
                        "From: someone@example.com",
                        "Content-Type: multipart/report; report-type=delivery-status; boundary=x"))
                .isEqualTo(InboundKind.BOUNCE);
        assertThat(kind(
                        "From: someone@example.com",
                        "Content-Type: multipart/report; report-type=\"delivery-status\";\r\n boundary=x"))
                .isEqualTo(InboundKind.BOUNCE);
    }

    @Test
    void a_disposition_report_is_no_bounce() throws Exception {
        assertThat(kind(
                        "From: someone@example.com",
                        "Content-Type: multipart/report; report-type=disposition-notification; boundary=x"))
                .isEqualTo(InboundKind.PERSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Undelivered Mail Returned to Sender",
                "Delivery Status Notification (Failure)",
                "Mail delivery failed: returning message to sender",
                "Returned mail: see transcript for details",
                "系统退信",
                "=?UTF-8?B?6YKu5Lu25oqV6YCS5aSx6LSl?="
            })
    void a_failure_subject_from_the_mailer_daemon_is_a_bounce(String subject) throws Exception {
        assertThat(kind("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Subject: " + subject))
                .isEqualTo(InboundKind.BOUNCE);
        assertThat(kind("From: postmaster@163.com", "Subject: " + subject)).isEqualTo(InboundKind.BOUNCE);
    }

    @Test
    void a_failure_subject_with_an_empty_return_path_is_a_bounce() throws Exception {
        assertThat(kind("Return-Path: <>", "From: system@qq.com", "Subject: 退信通知"))
                .isEqualTo(InboundKind.BOUNCE);
    }

    @Test
    void a_person_writing_about_a_failure_is_still_a_person() throws Exception {
        assertThat(kind("From: buyer@example.com", "Subject: Delivery failed, parcel broken"))
                .isEqualTo(InboundKind.PERSON);
        assertThat(kind("From: postmaster@example.com", "Subject: Question about crucibles"))
                .isEqualTo(InboundKind.PERSON);
    }

    @Test
    void the_samples_are_classified() throws Exception {
        var parser = new InboundMailParser();
        assertThat(parser.parse(TestMails.autoReply()).kind()).isEqualTo(InboundKind.AUTO_REPLY);
        assertThat(parser.parse(TestMails.dsnFor("<a@b>", 1)).kind()).isEqualTo(InboundKind.BOUNCE);
        assertThat(parser.parse(TestMails.gbkChineseWithPdf()).kind()).isEqualTo(InboundKind.PERSON);
    }
}
