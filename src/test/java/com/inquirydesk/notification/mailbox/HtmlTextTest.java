package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.notification.mailbox.QuoteFolding.Folded;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void block_ends_and_br_become_line_breaks() {
        assertThat(HtmlText.text("<div>one</div><div>two<br>three</div><span>four</span> five"))
                .isEqualTo("one\ntwo\nthree\nfour five");
    }

    @Test
    void paragraphs_are_set_apart_by_a_blank_line() {
        assertThat(HtmlText.text("<p>one</p><p>two</p>")).isEqualTo("one\n\ntwo");
    }

    @Test
    void nbsp_is_a_space_and_source_whitespace_collapses() {
        assertThat(HtmlText.text("<div>a&nbsp;&nbsp;b\n   c</div>")).isEqualTo("a  b c");
    }

    @Test
    void script_style_and_head_are_dropped() {
        String html = "<html><head><title>T</title><style>p{color:red}</style></head>"
                + "<body><script>alert(1)</script><p>text</p></body></html>";
        assertThat(HtmlText.text(html)).isEqualTo("text");
    }

    @Test
    void more_than_two_blank_lines_collapse() {
        assertThat(HtmlText.text("a<br><br><br><br><br><br>b")).isEqualTo("a\n\n\nb");
    }

    @Test
    void pre_keeps_its_line_breaks_and_lists_get_dashes() {
        assertThat(HtmlText.text("<pre>x  1\ny  2</pre><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("x  1\ny  2\n- one\n- two");
    }

    @Test
    void a_gmail_quote_is_split_off() {
        Folded folded = HtmlText.split(
                "<div dir=\"ltr\">Yes, 300.</div><br><div class=\"gmail_quote\">"
                        + "<div class=\"gmail_attr\">On Tue, Desk wrote:<br></div><blockquote class=\"gmail_quote\">How many?</blockquote></div>");
        assertThat(folded.text()).isEqualTo("Yes, 300.");
        assertThat(folded.quoted()).isEqualTo("On Tue, Desk wrote:\nHow many?");
    }

    @Test
    void a_163_reply_content_is_split_off() {
        Folded folded = HtmlText.split(
                "<div>好的</div><blockquote id=\"isReplyContent\" style=\"padding-left:1ex\">原来的</blockquote>");
        assertThat(folded).isEqualTo(new Folded("好的", "原来的"));
        Folded div = HtmlText.split("<div>好的</div><div id=\"isReplyContent\">原来的</div>");
        assertThat(div).isEqualTo(new Folded("好的", "原来的"));
    }

    @Test
    void an_apple_cite_blockquote_is_split_off_and_text_after_it_stays_new() {
        Folded folded =
                HtmlText.split("<div>Hi,</div><blockquote type=\"cite\">Question?</blockquote><div>Answer.</div>");
        assertThat(folded.text()).isEqualTo("Hi,\nAnswer.");
        assertThat(folded.quoted()).isEqualTo("Question?");
    }

    @Test
    void everything_from_outlooks_reply_header_on_is_quoted() {
        Folded folded = HtmlText.split("<div>See attached.</div><div id=\"appendonsend\"></div><hr>"
                + "<div id=\"divRplyFwdMsg\"><b>From:</b> Desk<br><b>Sent:</b> Tuesday</div><div>Old text</div>");
        assertThat(folded.text()).isEqualTo("See attached.");
        assertThat(folded.quoted()).isEqualTo("From: Desk\nSent: Tuesday\nOld text");
    }

    @Test
    void everything_from_qqs_banner_on_is_quoted() {
        Folded folded = HtmlText.split("<div>好的</div><div><div style=\"font-size:12px\">"
                + "------------------&nbsp;原始邮件&nbsp;------------------</div><div><b>发件人:</b> 询价台</div></div>"
                + "<div>旧的问题</div>");
        assertThat(folded.text()).isEqualTo("好的");
        assertThat(folded.quoted())
                .startsWith("------------------ 原始邮件 ------------------\n发件人: 询价台")
                .endsWith("旧的问题");
    }

    @Test
    void a_mail_that_is_only_a_quote_is_not_split() {
        Folded folded = HtmlText.split("<blockquote>Forwarded text</blockquote>");
        assertThat(folded).isEqualTo(new Folded("Forwarded text", null));
    }

    @Test
    void html_without_a_quote_container_is_not_split() {
        assertThat(HtmlText.split("<p>Hello</p>")).isEqualTo(new Folded("Hello", null));
    }
}
