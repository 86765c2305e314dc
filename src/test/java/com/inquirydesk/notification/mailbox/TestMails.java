package com.inquirydesk.notification.mailbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Raw mails (RFC 5322 bytes) shaped like those Chinese and Western mailers send, built in code because no real
 * 163 or QQ mail can be fetched here; public for the tests of the mailbox reader in other packages.
 */
public final class TestMails {

    public static final Charset GBK = Charset.forName("GBK");
    public static final Charset BIG5 = Charset.forName("Big5");
    public static final Charset GB2312 = Charset.forName("GB2312");
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The text, sender and subject of {@link #gbkChineseWithPdf()}, for assertions. */
    public static final String GBK_NAME = "张三";

    public static final String GBK_SUBJECT = "询价：高温陶瓷坩埚";
    public static final String GBK_TEXT = "您好，\n我们需要 200 个高温陶瓷坩埚的报价。\n谢谢！";
    public static final String GBK_FILE_NAME = "技术要求.pdf";

    /** The start of a PDF file, enough for a content check. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private TestMails() {}

    /**
     * A new inquiry from a 163 account in GBK: name and subject as GBK base64 words (the subject's first word ends
     * in the middle of a character), the text as GBK base64, and a PDF whose file name is a GBK word.
     */
    public static byte[] gbkChineseWithPdf() {
        byte[] subject = GBK_SUBJECT.getBytes(GBK);
        return new Raw()
                .header("Return-Path: <zhangsan@163.com>")
                .header("Received: from m16.mail.163.com by mx.example.com; Tue, 1 Dec 2026 10:00:02 +0800")
                .header("From: " + word("GBK", GBK_NAME.getBytes(GBK)) + " <ZhangSan@163.com>")
                .header("To: sales@example.com")
                .header("Subject: " + word("GBK", slice(subject, 0, 3)) + "\r\n "
                        + word("GBK", slice(subject, 3, subject.length)))
                .header("Date: Tue, 1 Dec 2026 10:00:00 +0800")
                .header("Message-ID: <5f3a.1a2b.gbk@163.com>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: multipart/mixed; boundary=\"----=_Part_1_163\"")
                .blank()
                .line("------=_Part_1_163")
                .line("Content-Type: text/plain; charset=GBK")
                .line("Content-Transfer-Encoding: base64")
                .blank()
                .base64(GBK_TEXT.replace("\n", "\r\n").getBytes(GBK))
                .line("------=_Part_1_163")
                .line("Content-Type: application/pdf; name=\"" + word("GBK", GBK_FILE_NAME.getBytes(GBK)) + "\"")
                .line("Content-Transfer-Encoding: base64")
                .line("Content-Disposition: attachment; filename=\"" + word("GBK", GBK_FILE_NAME.getBytes(GBK)) + "\"")
                .blank()
                .base64(PDF)
                .line("------=_Part_1_163--")
                .bytes();
    }

    public static final String BIG5_TEXT = "您好，請問貴公司的高純鐵報價是多少？";
    public static final String BIG5_SUBJECT = "高純鐵詢價";

    /** A Taiwanese client writing in Big5, the body in 8-bit. */
    public static byte[] big5Body() {
        return new Raw()
                .header("From: =?big5?B?" + b64("陳小姐".getBytes(BIG5)) + "?= <chen@example.com.tw>")
                .header("To: sales@example.com")
                .header("Subject: " + word("big5", BIG5_SUBJECT.getBytes(BIG5)))
                .header("Date: Wed, 2 Dec 2026 09:15:00 +0800")
                .header("Message-ID: <big5-1@example.com.tw>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=big5")
                .header("Content-Transfer-Encoding: 8bit")
                .blank()
                .raw(BIG5_TEXT.getBytes(BIG5))
                .blank()
                .bytes();
    }

    public static final String HTML163_NEW = "好的，请按附件的要求报价。";
    public static final String HTML163_QUOTED = "感谢您的询价，我们会尽快回复。";

    /**
     * A reply written in 163's web mail: HTML only, GB2312 in quoted-printable, the earlier mail in
     * {@code blockquote#isReplyContent} below a "在 … 写道：" line, and a signature.
     */
    public static byte[] html163Gb2312QuotedPrintable() {
        String html = "<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">"
                + "<div>" + HTML163_NEW + "</div><div><br></div><div>王五</div></div><br><br>"
                + "<div id=\"divNeteaseMailCard\"></div><br>"
                + "<div style=\"position:relative;zoom:1\">在 2026-12-01 10:00:00，\"Inquiry Desk\" &lt;desk@example.com&gt; 写道：<br>"
                + " <blockquote id=\"isReplyContent\" style=\"PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex;"
                + " BORDER-LEFT: #ccc 1px solid\"><p>" + HTML163_QUOTED + "</p><p>Inquiry Desk</p></blockquote></div>";
        return new Raw()
                .header("From: \"=?GB2312?B?" + b64("王五".getBytes(GB2312)) + "?=\" <wangwu@163.com>")
                .header("To: desk@example.com")
                .header("Subject: =?GB2312?Q?" + qWord("回复：询价".getBytes(GB2312)) + "?= INQ-2026-000123")
                .header("Date: Wed, 2 Dec 2026 11:00:00 +0800")
                .header("Message-ID: <1b2c3d.163@163.com>")
                .header("In-Reply-To: <ack-1.inq-2026-000123@desk.example.com>")
                .header("References: <ack-1.inq-2026-000123@desk.example.com>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/html; charset=GB2312")
                .header("Content-Transfer-Encoding: quoted-printable")
                .blank()
                .raw(quotedPrintable(html.getBytes(GB2312)))
                .bytes();
    }

    public static final String QQ_NEW = "好的，我们明天发货。";
    public static final String QQ_QUOTED = "请问什么时候发货？";

    /** A reply from QQ Mail: HTML only, GB18030 in base64, the earlier mail below the "原始邮件" banner. */
    public static byte[] qqHtmlOnly() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">"
                + "<div>" + QQ_NEW + "</div><div><br></div><div><br></div>"
                + "<div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">"
                + "------------------&nbsp;原始邮件&nbsp;------------------</div>"
                + "<div style=\"font-size: 12px;background:#efefef;padding:8px;\">"
                + "<div><b>发件人:</b>&nbsp;\"Inquiry Desk\"&lt;desk@example.com&gt;;</div>"
                + "<div><b>发送时间:</b>&nbsp;2026年12月1日(星期二) 上午10:00</div>"
                + "<div><b>收件人:</b>&nbsp;\"李四\"&lt;12345@qq.com&gt;;</div></div><div><br></div>"
                + "<div>" + QQ_QUOTED + "</div>";
        return new Raw()
                .header("From: \"=?gb18030?B?" + b64("李四".getBytes(GB18030)) + "?=\" <12345@qq.com>")
                .header("To: \"=?gb18030?B?" + b64("询价台".getBytes(GB18030)) + "?=\" <desk@example.com>")
                .header("Subject: =?gb18030?B?" + b64("回复：发货时间".getBytes(GB18030)) + "?=")
                .header("Date: Wed, 2 Dec 2026 12:30:00 +0800")
                .header("Message-ID: <tencent_5A2B3C4D@qq.com>")
                .header("In-Reply-To: <ack-2@desk.example.com>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/html; charset=\"gb18030\"")
                .header("Content-Transfer-Encoding: base64")
                .blank()
                .base64(html.getBytes(GB18030))
                .bytes();
    }

    public static final String NESTED_TEXT = "Please find our drawing attached.";

    /** {@link #nested(int)} with a 2 KB logo, which is left out. */
    public static byte[] nested() {
        return nested(2048);
    }

    /**
     * mixed(alternative(text/plain, related(html, inline png referenced by cid)), pdf), as Thunderbird and Apple
     * Mail send a mail with a signature logo and a file.
     */
    public static byte[] nested(int logoBytes) {
        String html = "<html><body><p>" + NESTED_TEXT + "</p><p>--<br><img src=\"cid:logo.part1@example.com\""
                + " alt=\"logo\"></p></body></html>";
        return new Raw()
                .header("From: Anna Smith <anna@example.org>")
                .header("To: Sales <sales@example.com>, desk@example.com")
                .header("Cc: boss@example.org")
                .header("Subject: Drawing for the crucibles")
                .header("Date: Thu, 3 Dec 2026 08:00:00 +0000")
                .header("Message-ID: <nested-1@example.org>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: multipart/mixed; boundary=\"outer\"")
                .blank()
                .line("This is a multi-part message in MIME format.")
                .line("--outer")
                .line("Content-Type: multipart/alternative; boundary=\"alt\"")
                .blank()
                .line("--alt")
                .line("Content-Type: text/plain; charset=utf-8; format=flowed")
                .line("Content-Transfer-Encoding: 7bit")
                .blank()
                .line(NESTED_TEXT)
                .blank()
                .line("--")
                .line("--alt")
                .line("Content-Type: multipart/related; boundary=\"rel\"")
                .blank()
                .line("--rel")
                .line("Content-Type: text/html; charset=utf-8")
                .line("Content-Transfer-Encoding: 7bit")
                .blank()
                .line(html)
                .line("--rel")
                .line("Content-Type: image/png")
                .line("Content-Transfer-Encoding: base64")
                .line("Content-ID: <logo.part1@example.com>")
                .line("Content-Disposition: inline")
                .blank()
                .base64(png(logoBytes))
                .line("--rel--")
                .line("--alt--")
                .line("--outer")
                .line("Content-Type: application/pdf; name=\"drawing.pdf\"")
                .line("Content-Transfer-Encoding: base64")
                .line("Content-Disposition: attachment; filename=\"drawing.pdf\"")
                .blank()
                .base64(PDF)
                .line("--outer--")
                .bytes();
    }

    /** File names in RFC 2231 form: one percent-encoded UTF-8, one continued over two GBK segments. */
    public static byte[] rfc2231FileNames() {
        return new Raw()
                .header("From: client@example.net")
                .header("To: desk@example.com")
                .header("Subject: files")
                .header("Message-ID: <rfc2231-1@example.net>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: multipart/mixed; boundary=b")
                .blank()
                .line("--b")
                .line("Content-Type: text/plain; charset=utf-8")
                .blank()
                .line("Two files.")
                .line("--b")
                .line("Content-Type: application/pdf")
                .line("Content-Disposition: attachment; filename*=UTF-8''"
                        + percent("报价单 v2.pdf".getBytes(StandardCharsets.UTF_8)))
                .line("Content-Transfer-Encoding: base64")
                .blank()
                .base64(PDF)
                .line("--b")
                .line("Content-Type: application/octet-stream")
                .line("Content-Disposition: attachment;")
                .line(" filename*0*=x-gbk''" + percent("产品".getBytes(GBK)) + ";")
                .line(" filename*1*=" + percent("目录.xlsx".getBytes(GBK)))
                .line("Content-Transfer-Encoding: base64")
                .blank()
                .base64(new byte[] {1, 2, 3})
                .line("--b--")
                .bytes();
    }

    public static final String DSN_STATUS = "5.1.1";
    public static final String DSN_DIAGNOSTIC =
            "smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown";

    /** A delivery status notification (RFC 3464) returning one of our mails, with its headers. */
    public static byte[] dsnFor(String originalMessageId, long outboundMailId) {
        return new Raw()
                .header("Return-Path: <>")
                .header("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>")
                .header("To: desk@example.com")
                .header("Subject: Undelivered Mail Returned to Sender")
                .header("Date: Thu, 3 Dec 2026 09:00:00 +0000")
                .header("Message-ID: <dsn-" + outboundMailId + "@mx.example.net>")
                .header("Auto-Submitted: auto-replied")
                .header("MIME-Version: 1.0")
                .header("Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"dsn\"")
                .blank()
                .line("--dsn")
                .line("Content-Description: Notification")
                .line("Content-Type: text/plain; charset=us-ascii")
                .blank()
                .line("I'm sorry to have to inform you that your message could not be delivered.")
                .line("--dsn")
                .line("Content-Description: Delivery report")
                .line("Content-Type: message/delivery-status")
                .blank()
                .line("Reporting-MTA: dns; mx.example.net")
                .line("Arrival-Date: Thu, 3 Dec 2026 08:59:58 +0000")
                .blank()
                .line("Final-Recipient: rfc822; nobody@example.net")
                .line("Action: failed")
                .line("Status: " + DSN_STATUS)
                .line("Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address")
                .line("    rejected: User unknown")
                .line("--dsn")
                .line("Content-Description: Undelivered Message Headers")
                .line("Content-Type: text/rfc822-headers")
                .blank()
                .line("From: Inquiry Desk <desk@example.com>")
                .line("To: nobody@example.net")
                .line("Subject: We received your inquiry [INQ-2026-000123]")
                .line("Message-ID: " + originalMessageId)
                .line("X-Inquiry-Desk-Mail: " + outboundMailId)
                .line("--dsn--")
                .bytes();
    }

    /** An out-of-office answer (RFC 3834 Auto-Submitted) to one of our mails. */
    public static byte[] autoReply() {
        return new Raw()
                .header("From: Zhao Liu <zhaoliu@example.cn>")
                .header("To: desk@example.com")
                .header("Subject: =?UTF-8?B?" + b64("自动回复：我正在休假".getBytes(StandardCharsets.UTF_8)) + "?=")
                .header("Date: Thu, 3 Dec 2026 09:05:00 +0800")
                .header("Message-ID: <auto-1@example.cn>")
                .header("In-Reply-To: <ack-3@desk.example.com>")
                .header("Auto-Submitted: auto-replied")
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=UTF-8")
                .header("Content-Transfer-Encoding: 8bit")
                .blank()
                .raw("我 12 月 10 日之前不在办公室。".getBytes(StandardCharsets.UTF_8))
                .blank()
                .bytes();
    }

    /** A multipart that declares no boundary and has none in its body: no part can be found. */
    public static byte[] broken() {
        return new Raw()
                .header("From: =?UTF-8?B?" + b64("坏邮件".getBytes(StandardCharsets.UTF_8)) + "?= <broken@example.com>")
                .header("To: desk@example.com")
                .header("Subject: =?UTF-8?B?" + b64("损坏的邮件".getBytes(StandardCharsets.UTF_8)) + "?=")
                .header("Date: Thu, 3 Dec 2026 10:00:00 +0000")
                .header("Message-ID: <broken-1@example.com>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: multipart/mixed")
                .blank()
                .line("There is no boundary here at all.")
                .line("Just text where parts should be.")
                .bytes();
    }

    /** A text in HZ-GB-2312, which the JDK cannot decode. */
    public static byte[] unknownCharset() {
        return new Raw()
                .header("From: old@example.cn")
                .header("To: desk@example.com")
                .header("Subject: HZ")
                .header("Date: Thu, 3 Dec 2026 10:00:00 +0000")
                .header("Message-ID: <hz-1@example.cn>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=HZ-GB-2312")
                .blank()
                .line("~{<:Ky2;V*~}")
                .bytes();
    }

    /**
     * A client's plain-text reply in English: the new text, then "On … wrote:" and the quoted text as
     * "&gt;" lines; In-Reply-To and References name {@code messageId}. {@code from} is an address or a mailbox
     * such as {@code Zhang San <z@example.cn>} (ASCII).
     */
    public static byte[] replyTo(String messageId, String subject, String from, String newText, String quotedText) {
        String body = newText + "\n\nOn Tue, 1 Dec 2026 at 10:00, Inquiry Desk <desk@example.com> wrote:\n"
                + quote(quotedText);
        return reply(messageId, "Re: " + subject, from, body);
    }

    /** The same reply as written in a Chinese mailer: "在 … 写道：" above the quoted text. */
    public static byte[] replyInChineseTo(
            String messageId, String subject, String from, String newText, String quotedText) {
        String body = newText + "\n\n在 2026年12月1日 10:00，Inquiry Desk <desk@example.com> 写道：\n" + quote(quotedText);
        return reply(messageId, "回复：" + subject, from, body);
    }

    /** A new plain-text mail in UTF-8 with its own Message-ID. */
    public static byte[] plain(String from, String subject, String text) {
        return new Raw()
                .header("From: " + from)
                .header("To: desk@example.com")
                .header("Subject: " + utf8Word(subject))
                .header("Date: Thu, 3 Dec 2026 10:00:00 +0000")
                .header("Message-ID: <" + UUID.randomUUID() + "@example.net>")
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=UTF-8")
                .header("Content-Transfer-Encoding: base64")
                .blank()
                .base64(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))
                .bytes();
    }

    private static byte[] reply(String messageId, String subject, String from, String body) {
        return new Raw()
                .header("From: " + from)
                .header("To: desk@example.com")
                .header("Subject: " + utf8Word(subject))
                .header("Date: Thu, 3 Dec 2026 11:00:00 +0000")
                .header("Message-ID: <" + UUID.randomUUID() + "@example.net>")
                .header("In-Reply-To: " + messageId)
                .header("References: " + messageId)
                .header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=UTF-8")
                .header("Content-Transfer-Encoding: base64")
                .blank()
                .base64(body.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))
                .bytes();
    }

    private static String quote(String text) {
        var quoted = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            quoted.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return quoted.toString();
    }

    /** An RFC 2047 B word in UTF-8, or the text itself when it is ASCII. */
    public static String utf8Word(String text) {
        return text.chars().allMatch(c -> c < 0x80) ? text : word("UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** An RFC 2047 B word of these bytes in this charset. */
    public static String word(String charset, byte[] bytes) {
        return "=?" + charset + "?B?" + b64(bytes) + "?=";
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The Q encoding of RFC 2047: every byte but letters and digits as =XX. */
    static String qWord(byte[] bytes) {
        var out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                out.append((char) c);
            } else {
                out.append('=').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static String percent(byte[] bytes) {
        var out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }

    /** Quoted-printable (RFC 2045) with soft line breaks, as 163 writes its HTML. */
    static byte[] quotedPrintable(byte[] bytes) {
        var out = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String encoded = c >= 0x21 && c <= 0x7E && c != '='
                    ? String.valueOf((char) c)
                    : c == ' ' ? " " : String.format("=%02X", c);
            if (column + encoded.length() > 73) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(encoded);
            column += encoded.length();
        }
        return out.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A PNG signature followed by filler, of the given size. */
    public static byte[] png(int size) {
        byte[] png = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, png, 0, Math.min(signature.length, size));
        for (int i = signature.length; i < size; i++) {
            png[i] = (byte) (i * 31);
        }
        return png;
    }

    /** Raw mail bytes, line by line, with CRLF line ends. */
    public static final class Raw {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Raw header(String header) {
            return line(header);
        }

        public Raw line(String line) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {'\r', '\n'});
            return this;
        }

        public Raw blank() {
            return line("");
        }

        public Raw raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        public Raw base64(byte[] bytes) {
            out.writeBytes(Base64.getMimeEncoder().encode(bytes));
            return blank();
        }

        public byte[] bytes() {
            return out.toByteArray();
        }
    }
}
