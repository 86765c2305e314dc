package com.inquirydesk.notification.mailbox;

import static com.inquirydesk.notification.mailbox.TestMails.b64;
import static com.inquirydesk.notification.mailbox.TestMails.qWord;
import static com.inquirydesk.notification.mailbox.TestMails.slice;
import static com.inquirydesk.notification.mailbox.TestMails.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodedWordsTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void decodes_gbk_base64() {
        assertThat(EncodedWords.decode(word("GBK", "询价".getBytes(GBK)))).isEqualTo("询价");
    }

    @Test
    void decodes_gb2312_quoted_printable_with_underscores_as_spaces() {
        byte[] bytes = "回复 询价".getBytes(Charset.forName("GB2312"));
        String q = qWord(bytes).replace("=20", "_");
        assertThat(EncodedWords.decode("=?gb2312?Q?" + q + "?=")).isEqualTo("回复 询价");
    }

    @Test
    void decodes_big5_and_gb18030() {
        assertThat(EncodedWords.decode(word("big5", "報價".getBytes(Charset.forName("Big5")))))
                .isEqualTo("報價");
        assertThat(EncodedWords.decode(word("gb18030", "𠀀报价".getBytes(Charset.forName("GB18030")))))
                .isEqualTo("𠀀报价");
    }

    @Test
    void decodes_a_word_glued_to_text() {
        String glued = "Re:" + word("GBK", "询价".getBytes(GBK)) + "x";
        assertThat(EncodedWords.decode(glued)).isEqualTo("Re:询价x");
    }

    @Test
    void joins_a_character_split_across_two_words() {
        byte[] bytes = "高温陶瓷".getBytes(GBK);
        String split = word("GBK", slice(bytes, 0, 3)) + "\r\n " + word("gbk", slice(bytes, 3, bytes.length));
        assertThat(EncodedWords.decode(split)).isEqualTo("高温陶瓷");
    }

    @Test
    void drops_whitespace_between_adjacent_words_of_different_charsets_too() {
        String two = word("UTF-8", "报价".getBytes(StandardCharsets.UTF_8)) + "  "
                + word("big5", "單".getBytes(Charset.forName("Big5")));
        assertThat(EncodedWords.decode(two)).isEqualTo("报价單");
    }

    @Test
    void keeps_whitespace_between_a_word_and_plain_text() {
        String mixed = "Re: " + word("UTF-8", "报价".getBytes(StandardCharsets.UTF_8)) + " INQ-2026-000001";
        assertThat(EncodedWords.decode(mixed)).isEqualTo("Re: 报价 INQ-2026-000001");
    }

    @Test
    void reads_the_x_gbk_alias_and_a_language_tag() {
        assertThat(EncodedWords.decode(word("x-gbk", "询价".getBytes(GBK)))).isEqualTo("询价");
        assertThat(EncodedWords.decode("=?GBK*zh-CN?B?" + b64("询价".getBytes(GBK)) + "?="))
                .isEqualTo("询价");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Plain subject",
                "",
                "a=?b",
                "=?utf-8?B?not base64!?=",
                "=?utf-8?Q?bad=G1?=",
                "=?utf-8?X?abc?=",
                "100% =? ?= done",
                "=?x-no-such?B?YWJj?="
            })
    void leaves_plain_text_and_malformed_words_as_they_are(String text) {
        assertThat(EncodedWords.decode(text)).isEqualTo(text);
    }

    @Test
    void a_header_becomes_one_decoded_line() {
        String folded = "Re:\r\n\t" + word("UTF-8", "报价\n单".getBytes(StandardCharsets.UTF_8)) + "\r\n  end";
        assertThat(EncodedWords.header(folded)).isEqualTo("Re:\t报价 单  end".replace("\t", " "));
        assertThat(EncodedWords.header(null)).isEmpty();
    }

    @Test
    void a_header_with_raw_8bit_bytes_is_read_too() {
        String raw = new String("询价 [INQ-1]".getBytes(GBK), StandardCharsets.ISO_8859_1);
        assertThat(EncodedWords.header(raw)).isEqualTo("询价 [INQ-1]");
    }

    @Test
    void a_decoded_header_is_nfc_normalised() {
        String decomposed = "Cafe\u0301";
        assertThat(EncodedWords.header(word("UTF-8", decomposed.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Café");
    }
}
