package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.notification.mailbox.UnreadableMailException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class InboundMailParserTest {

    private final InboundMailParser parser = new InboundMailParser();

    @Test
    void reads_a_gbk_chinese_mail_with_a_pdf() throws Exception {
        ParsedMail mail = parser.parse(TestMails.gbkChineseWithPdf());

        assertThat(mail.messageId()).isEqualTo("<5f3a.1a2b.gbk@163.com>");
        assertThat(mail.from()).isEqualTo(new MailAddress(TestMails.GBK_NAME, "zhangsan@163.com"));
        assertThat(mail.recipients()).containsExactly("sales@example.com");
        assertThat(mail.subject()).isEqualTo(TestMails.GBK_SUBJECT);
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(mail.text()).isEqualTo(TestMails.GBK_TEXT);
        assertThat(mail.quoted()).isNull();
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo(TestMails.GBK_FILE_NAME);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(pdf.content()).isEqualTo(TestMails.PDF);
            assertThat(pdf.inline()).isFalse();
        });
        assertThat(mail.kind()).isEqualTo(InboundKind.PERSON);
        assertThat(mail.deliveryReport()).isNull();
    }

    @Test
    void reads_a_big5_body() throws Exception {
        ParsedMail mail = parser.parse(TestMails.big5Body());
        assertThat(mail.text()).isEqualTo(TestMails.BIG5_TEXT);
        assertThat(mail.subject()).isEqualTo(TestMails.BIG5_SUBJECT);
        assertThat(mail.from().name()).isEqualTo("陳小姐");
    }

    @Test
    void reads_a_163_html_reply_in_gb2312_quoted_printable_and_folds_its_quote() throws Exception {
        ParsedMail mail = parser.parse(TestMails.html163Gb2312QuotedPrintable());
        assertThat(mail.subject()).isEqualTo("回复：询价 INQ-2026-000123");
        assertThat(mail.from()).isEqualTo(new MailAddress("王五", "wangwu@163.com"));
        assertThat(mail.inReplyTo()).isEqualTo("<ack-1.inq-2026-000123@desk.example.com>");
        assertThat(mail.references()).containsExactly("<ack-1.inq-2026-000123@desk.example.com>");
        assertThat(mail.text()).startsWith(TestMails.HTML163_NEW).endsWith("王五").doesNotContain("写道");
        assertThat(mail.quoted()).startsWith("在 2026-12-01 10:00:00").contains(TestMails.HTML163_QUOTED);
    }

    @Test
    void reads_a_qq_html_reply_and_folds_below_the_banner() throws Exception {
        ParsedMail mail = parser.parse(TestMails.qqHtmlOnly());
        assertThat(mail.from()).isEqualTo(new MailAddress("李四", "12345@qq.com"));
        assertThat(mail.subject()).isEqualTo("回复：发货时间");
        assertThat(mail.text()).isEqualTo(TestMails.QQ_NEW);
        assertThat(mail.quoted()).contains("原始邮件", "发件人:", TestMails.QQ_QUOTED);
    }

    @Test
    void reads_nested_parts_prefers_plain_text_and_skips_a_small_logo() throws Exception {
        ParsedMail mail = parser.parse(TestMails.nested());
        assertThat(mail.text()).isEqualTo(TestMails.NESTED_TEXT + "\n\n--");
        assertThat(mail.recipients()).containsExactly("sales@example.com", "desk@example.com", "boss@example.org");
        assertThat(mail.skippedInlineImages()).isEqualTo(1);
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo("drawing.pdf");
            assertThat(pdf.content()).isEqualTo(TestMails.PDF);
        });
    }

    @Test
    void keeps_a_large_inline_image_as_an_inline_part_with_a_default_name() throws Exception {
        ParsedMail mail = parser.parse(TestMails.nested(MailBody.SMALL_INLINE_IMAGE));
        assertThat(mail.skippedInlineImages()).isZero();
        assertThat(mail.attachments()).extracting(MailPart::fileName).containsExactly("image-1.png", "drawing.pdf");
        MailPart image = mail.attachments().getFirst();
        assertThat(image.inline()).isTrue();
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.content()).isEqualTo(TestMails.png(MailBody.SMALL_INLINE_IMAGE));
    }

    @Test
    void reads_rfc2231_file_names_also_in_a_charset_only_our_aliases_know() throws Exception {
        ParsedMail mail = parser.parse(TestMails.rfc2231FileNames());
        assertThat(mail.attachments()).extracting(MailPart::fileName).containsExactly("报价单 v2.pdf", "产品目录.xlsx");
        assertThat(mail.text()).isEqualTo("Two files.");
    }

    @Test
    void an_html_only_mail_without_a_quote_is_read_as_text() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Content-Type: text/html; charset=utf-8")
                .blank()
                .line("<p>Hello&nbsp;there</p><p>Second</p>")
                .bytes();
        ParsedMail mail = parser.parse(raw);
        assertThat(mail.text()).isEqualTo("Hello there\n\nSecond");
        assertThat(mail.subject()).isEmpty();
        assertThat(mail.messageId()).isNull();
        assertThat(mail.sentAt()).isNull();
    }

    @Test
    void joins_the_soft_line_breaks_of_flowed_text() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes")
                .blank()
                .line("We need two hundred  ")
                .line("crucibles.")
                .bytes();
        assertThat(parser.parse(raw).text()).isEqualTo("We need two hundred crucibles.");
    }

    @Test
    void an_empty_plain_part_in_an_alternative_gives_way_to_the_html() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Content-Type: multipart/alternative; boundary=a")
                .blank()
                .line("--a")
                .line("Content-Type: text/plain")
                .blank()
                .line(" ")
                .line("--a")
                .line("Content-Type: text/html")
                .blank()
                .line("<div>From the HTML</div>")
                .line("--a--")
                .bytes();
        assertThat(parser.parse(raw).text()).isEqualTo("From the HTML");
    }

    @Test
    void folds_english_and_chinese_plain_text_replies() throws Exception {
        ParsedMail english = parser.parse(TestMails.replyTo(
                "<ack-1@desk.example.com>", "Quote", "Zhang San <z@example.cn>", "We take 300.", "How many?\nRegards"));
        assertThat(english.text()).isEqualTo("We take 300.");
        assertThat(english.quoted()).startsWith("On Tue, 1 Dec 2026").endsWith("> How many?\n> Regards");
        assertThat(english.inReplyTo()).isEqualTo("<ack-1@desk.example.com>");
        assertThat(english.subject()).isEqualTo("Re: Quote");

        ParsedMail chinese = parser.parse(
                TestMails.replyInChineseTo("<ack-2@desk.example.com>", "报价", "li@example.cn", "我们要三百个。", "需要多少？"));
        assertThat(chinese.text()).isEqualTo("我们要三百个。");
        assertThat(chinese.quoted()).startsWith("在 2026年12月1日").endsWith("> 需要多少？");
        assertThat(chinese.subject()).isEqualTo("回复：报价");
        assertThat(chinese.from()).isEqualTo(new MailAddress(null, "li@example.cn"));
    }

    @Test
    void attaches_a_forwarded_mail_as_an_eml_file() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Content-Type: multipart/mixed; boundary=m")
                .blank()
                .line("--m")
                .line("Content-Type: text/plain")
                .blank()
                .line("FYI")
                .line("--m")
                .line("Content-Type: message/rfc822")
                .blank()
                .line("From: b@example.com")
                .line("Subject: inner")
                .blank()
                .line("inner text")
                .line("--m--")
                .bytes();
        ParsedMail mail = parser.parse(raw);
        assertThat(mail.text()).isEqualTo("FYI");
        assertThat(mail.attachments()).singleElement().satisfies(eml -> {
            assertThat(eml.fileName()).isEqualTo("forwarded.eml");
            assertThat(eml.contentType()).isEqualTo("message/rfc822");
            assertThat(new String(eml.content(), StandardCharsets.US_ASCII)).contains("Subject: inner", "inner text");
        });
    }

    @Test
    void file_names_lose_their_folders_and_unnamed_files_get_a_default() throws Exception {
        byte[] raw = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Content-Type: multipart/mixed; boundary=m")
                .blank()
                .line("--m")
                .line("Content-Type: application/octet-stream; name=\"..\\\\..\\\\evil.exe\"")
                .blank()
                .line("x")
                .line("--m")
                .line("Content-Type: application/x-thing")
                .blank()
                .line("y")
                .line("--m--")
                .bytes();
        assertThat(parser.parse(raw).attachments())
                .extracting(MailPart::fileName)
                .containsExactly("evil.exe", "attachment-2.bin");
    }

    @Test
    void the_sender_falls_back_to_sender_then_return_path() throws Exception {
        byte[] sender = new TestMails.Raw()
                .header("From: undisclosed")
                .header("Sender: =?UTF-8?B?5byg5LiJ?= <S@Example.com>")
                .blank()
                .line("x")
                .bytes();
        assertThat(parser.parse(sender).from()).isEqualTo(new MailAddress("张三", "s@example.com"));
        byte[] returnPath = new TestMails.Raw()
                .header("Return-Path: <bounce@example.com>")
                .blank()
                .line("x")
                .bytes();
        assertThat(parser.parse(returnPath).from()).isEqualTo(new MailAddress(null, "bounce@example.com"));
    }

    @Test
    void a_mail_without_any_sender_address_is_broken() {
        byte[] raw =
                new TestMails.Raw().header("Subject: who").blank().line("x").bytes();
        assertReason(raw, Reason.BROKEN_MIME);
    }

    @Test
    void reads_raw_8bit_headers_and_several_message_ids() throws Exception {
        byte[] raw = new TestMails.Raw()
                .raw("From: 王五 <w@example.cn>\r\nSubject: 报价 INQ-2026-000001\r\n".getBytes(TestMails.GBK))
                .header("To: \"Desk, Sales\" <desk@example.com>, other@example.com")
                .header("Delivered-To: DESK@example.com")
                .header("X-Original-To: sales@example.com")
                .header("Message-ID: plain-id@example.cn")
                .header("In-Reply-To: <a@x> <b@x>")
                .header("References: <a@x>\r\n <c@\r\n x>")
                .blank()
                .line("text")
                .bytes();
        ParsedMail mail = parser.parse(raw);
        assertThat(mail.from()).isEqualTo(new MailAddress("王五", "w@example.cn"));
        assertThat(mail.subject()).isEqualTo("报价 INQ-2026-000001");
        assertThat(mail.recipients()).containsExactly("desk@example.com", "other@example.com", "sales@example.com");
        assertThat(mail.messageId()).isEqualTo("<plain-id@example.cn>");
        assertThat(mail.inReplyTo()).isEqualTo("<a@x>");
        assertThat(mail.references()).containsExactly("<a@x>", "<c@x>");
    }

    @Test
    void a_broken_multipart_is_broken_mime() {
        assertReason(TestMails.broken(), Reason.BROKEN_MIME);
        assertThatThrownBy(() -> parser.parse(TestMails.broken())).hasMessageContaining("boundary");
    }

    @Test
    void a_body_in_an_unknown_charset_is_reported_as_such() {
        assertReason(TestMails.unknownCharset(), Reason.UNKNOWN_CHARSET);
        assertThatThrownBy(() -> parser.parse(TestMails.unknownCharset())).hasMessageContaining("HZ-GB-2312");
    }

    @Test
    void the_message_key_is_the_same_for_the_same_mail_delivered_twice() {
        byte[] mail = TestMails.gbkChineseWithPdf();
        String key = InboundMailParser.messageKey(mail);
        assertThat(key).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(InboundMailParser.messageKey(mail.clone())).isEqualTo(key);
        byte[] relayed = concat("Received: from relay.example.com; Tue, 1 Dec 2026 10:00:05 +0800\r\n", mail);
        assertThat(InboundMailParser.messageKey(relayed)).isEqualTo(key);
        assertThat(InboundMailParser.messageKey(TestMails.big5Body())).isNotEqualTo(key);
    }

    @Test
    void the_message_key_of_a_mail_without_message_id_depends_on_its_bytes() {
        byte[] one = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Subject: s")
                .blank()
                .line("one")
                .bytes();
        byte[] two = new TestMails.Raw()
                .header("From: a@example.com")
                .header("Subject: s")
                .blank()
                .line("two")
                .bytes();
        assertThat(InboundMailParser.messageKey(one)).isEqualTo(InboundMailParser.messageKey(one.clone()));
        assertThat(InboundMailParser.messageKey(one)).isNotEqualTo(InboundMailParser.messageKey(two));
    }

    @Test
    void the_message_key_and_headers_work_on_broken_mail() {
        assertThat(InboundMailParser.messageKey(TestMails.broken()))
                .isEqualTo(InboundMailParser.messageKey(TestMails.broken()))
                .hasSize(64);
        assertThat(InboundMailParser.messageKey(new byte[0])).hasSize(64);
        assertThat(InboundMailParser.headers(TestMails.broken()))
                .isEqualTo(new HeaderSummary("坏邮件 <broken@example.com>", "损坏的邮件"));
        assertThat(InboundMailParser.headers(new byte[] {0, 1, 2})).isEqualTo(new HeaderSummary(null, ""));
    }

    @Property(tries = 300)
    void mutated_mail_never_fails_with_anything_but_an_unreadable_mail(
            @ForAll("samples") byte[] sample, @ForAll("mutations") List<int[]> mutations) {
        byte[] raw = sample.clone();
        for (int[] mutation : mutations) {
            int at = Math.floorMod(mutation[0], raw.length);
            raw[at] = (byte) mutation[1];
        }
        try {
            ParsedMail mail = parser.parse(raw);
            assertThat(mail.text()).isNotNull();
            assertThat(mail.from().address()).isNotBlank();
        } catch (UnreadableMailException unreadable) {
            assertThat(unreadable.reason()).isIn(Reason.BROKEN_MIME, Reason.UNKNOWN_CHARSET);
        }
        assertThat(InboundMailParser.messageKey(raw)).hasSize(64);
        assertThat(InboundMailParser.headers(raw)).isNotNull();
    }

    @Property(tries = 200)
    void truncated_mail_never_fails_with_anything_but_an_unreadable_mail(
            @ForAll("samples") byte[] sample, @ForAll double fraction) {
        int length = (int) (Math.abs(fraction % 1) * sample.length);
        byte[] raw = java.util.Arrays.copyOf(sample, length);
        try {
            parser.parse(raw);
        } catch (UnreadableMailException unreadable) {
            assertThat(unreadable.reason()).isIn(Reason.BROKEN_MIME, Reason.UNKNOWN_CHARSET);
        }
        assertThat(InboundMailParser.messageKey(raw)).hasSize(64);
    }

    @Property(tries = 200)
    void random_bytes_never_fail_with_anything_but_an_unreadable_mail(@ForAll byte[] raw) {
        try {
            parser.parse(raw);
        } catch (UnreadableMailException unreadable) {
            assertThat(unreadable.reason()).isIn(Reason.BROKEN_MIME, Reason.UNKNOWN_CHARSET);
        }
        assertThat(InboundMailParser.messageKey(raw)).hasSize(64);
        assertThat(InboundMailParser.headers(raw)).isNotNull();
    }

    @Provide
    Arbitrary<byte[]> samples() {
        return Arbitraries.of(
                TestMails.gbkChineseWithPdf(),
                TestMails.big5Body(),
                TestMails.html163Gb2312QuotedPrintable(),
                TestMails.qqHtmlOnly(),
                TestMails.nested(),
                TestMails.rfc2231FileNames(),
                TestMails.dsnFor("<a@desk.example.com>", 3),
                TestMails.autoReply(),
                TestMails.broken(),
                TestMails.unknownCharset());
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<int[]> one = Arbitraries.integers()
                .between(0, Integer.MAX_VALUE)
                .tuple2()
                .flatMap(position -> Arbitraries.of(
                                (int) '-',
                                (int) '\r',
                                (int) '\n',
                                (int) '"',
                                (int) ';',
                                (int) '=',
                                (int) '?',
                                (int) '<',
                                0,
                                0xFF,
                                0x80)
                        .map(value -> new int[] {position.get1(), value}));
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    private void assertReason(byte[] raw, Reason reason) {
        assertThatThrownBy(() -> parser.parse(raw))
                .isInstanceOfSatisfying(
                        UnreadableMailException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] concat(String header, byte[] mail) {
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + mail.length);
        System.arraycopy(mail, 0, all, head.length, mail.length);
        return all;
    }
}
