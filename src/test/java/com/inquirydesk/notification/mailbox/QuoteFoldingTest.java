package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.notification.mailbox.QuoteFolding.Folded;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class QuoteFoldingTest {

    @Test
    void cuts_at_an_english_on_wrote_line() {
        Folded folded = QuoteFolding.split(
                "Thanks, 300 pieces.\n\nOn Tue, 1 Dec 2026 at 10:00, Desk <d@x.com> wrote:\n> Hello\n> How many?\n");
        assertThat(folded.text()).isEqualTo("Thanks, 300 pieces.");
        assertThat(folded.quoted())
                .isEqualTo("On Tue, 1 Dec 2026 at 10:00, Desk <d@x.com> wrote:\n> Hello\n> How many?");
    }

    @Test
    void cuts_at_an_on_wrote_line_wrapped_over_two_lines() {
        Folded folded = QuoteFolding.split(
                "Yes.\r\n\r\nOn Tue, Dec 1, 2026 at 10:00 AM Inquiry Desk <\r\ndesk@example.com> wrote:\r\n\r\n> Hello\r\n");
        assertThat(folded.text()).isEqualTo("Yes.");
        assertThat(folded.quoted()).startsWith("On Tue, Dec 1").endsWith("> Hello");
    }

    @Test
    void cuts_at_a_chinese_attribution_line() {
        Folded folded = QuoteFolding.split("好的。\n\n在 2026年12月1日 10:00，询价台 <desk@example.com> 写道：\n> 您好\n");
        assertThat(folded.text()).isEqualTo("好的。");
        assertThat(folded.quoted()).startsWith("在 2026年12月1日").endsWith("> 您好");
    }

    @Test
    void cuts_at_a_line_ending_in_wrote_with_an_ascii_colon() {
        Folded folded = QuoteFolding.split("收到\n\"李四\" <li@qq.com> 写道:\n原来的内容");
        assertThat(folded.text()).isEqualTo("收到");
        assertThat(folded.quoted()).isEqualTo("\"李四\" <li@qq.com> 写道:\n原来的内容");
    }

    @Test
    void cuts_at_the_163_and_qq_banners_and_outlooks_original_message() {
        assertThat(QuoteFolding.split("新的\n-----原始邮件-----\n发件人：a\n旧的").text()).isEqualTo("新的");
        assertThat(QuoteFolding.split("新的\n------------------ 原始邮件 ------------------\n旧的")
                        .quoted())
                .isEqualTo("------------------ 原始邮件 ------------------\n旧的");
        assertThat(QuoteFolding.split("New\n\n-----Original Message-----\nFrom: a\nOld")
                        .text())
                .isEqualTo("New");
    }

    @Test
    void cuts_at_an_outlook_header_block_with_the_rule_above_it() {
        Folded folded = QuoteFolding.split(
                "See below.\n\n________________________________\nFrom: Inquiry Desk <desk@example.com>\nTo: me\nSent: Tuesday, 1 December 2026 10:00\nSubject: Quote\n\nOld text");
        assertThat(folded.text()).isEqualTo("See below.");
        assertThat(folded.quoted())
                .startsWith("________________________________\nFrom: Inquiry Desk")
                .endsWith("Old text");
    }

    @Test
    void cuts_at_a_chinese_outlook_header_block() {
        Folded folded = QuoteFolding.split(
                "请看附件。\n\n发件人: 询价台 <desk@example.com>\n发送时间: 2026年12月1日 10:00\n收件人: 我\n主题: 报价\n\n旧的");
        assertThat(folded.text()).isEqualTo("请看附件。");
        assertThat(folded.quoted()).startsWith("发件人: 询价台");
    }

    @Test
    void a_from_line_without_a_date_close_below_is_no_quote() {
        String text = "From: our factory in Yichang\nwe ship weekly.\nline\nline\nline\nSent: by sea";
        assertThat(QuoteFolding.split(text)).isEqualTo(new Folded(text, null));
    }

    @Test
    void cuts_at_a_trailing_run_of_quoted_lines() {
        Folded folded = QuoteFolding.split("Agreed.\n> earlier\n>\n> more earlier\n\n");
        assertThat(folded.text()).isEqualTo("Agreed.");
        assertThat(folded.quoted()).isEqualTo("> earlier\n>\n> more earlier");
    }

    @Test
    void quoted_lines_answered_below_are_no_trailing_quote() {
        String text = "> How many?\n300 pieces.\n> When?\nNext week.";
        assertThat(QuoteFolding.split(text).quoted()).isNull();
    }

    @Test
    void cuts_at_the_first_marker() {
        Folded folded = QuoteFolding.split("Top\n-----Original Message-----\nOn Mon, x wrote:\n> a");
        assertThat(folded.text()).isEqualTo("Top");
        assertThat(folded.quoted()).startsWith("-----Original Message-----");
    }

    @Test
    void a_plain_forward_with_nothing_new_stays_whole() {
        String forward = "-----Original Message-----\nFrom: a@b.com\nSent: Monday\nSubject: x\n\nPlease quote.";
        assertThat(QuoteFolding.split(forward)).isEqualTo(new Folded(forward, null));
        String quotedOnly = "\n> only a quote\n> nothing else\n";
        assertThat(QuoteFolding.split(quotedOnly)).isEqualTo(new Folded(quotedOnly, null));
    }

    @Test
    void text_without_a_marker_is_not_folded() {
        String text = "Hello,\nwe need 200 crucibles.\nOn Monday we can talk.\n";
        assertThat(QuoteFolding.split(text)).isEqualTo(new Folded(text, null));
        assertThat(QuoteFolding.split("")).isEqualTo(new Folded("", null));
    }

    @Property(tries = 2000)
    void never_loses_text(@ForAll("mails") String text) {
        Folded folded = QuoteFolding.split(text);
        if (folded.quoted() == null) {
            assertThat(folded.text()).isEqualTo(text);
            return;
        }
        assertThat(folded.text()).isNotBlank();
        assertThat(text).startsWith(folded.text());
        int quoted = text.indexOf(folded.quoted(), folded.text().length());
        assertThat(quoted).isNotNegative();
        assertThat(text.substring(folded.text().length(), quoted)).isBlank();
        assertThat(text.substring(quoted + folded.quoted().length())).isBlank();
    }

    @Provide
    Arbitrary<String> mails() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab 中文>:-\t\r").ofMaxLength(20),
                Arbitraries.of(
                        "On Tue, 1 Dec 2026, Desk <d@x> wrote:",
                        "On Tue, 1 Dec 2026, Desk <",
                        "d@x> wrote:",
                        "在 2026年12月1日 写道：",
                        "-----原始邮件-----",
                        "------------------ 原始邮件 ------------------",
                        "-----Original Message-----",
                        "From: a",
                        "发件人: b",
                        "Sent: c",
                        "日期: d",
                        "______________",
                        "> quoted",
                        ">",
                        "",
                        "   "));
        return lines.list().ofMaxSize(15).map(list -> String.join("\n", list));
    }
}
