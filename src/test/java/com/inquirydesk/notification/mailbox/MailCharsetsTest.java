package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.notification.mailbox.UnreadableMailException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailCharsetsTest {

    private static final String CHINESE = "高温陶瓷坩埚的报价";

    @ParameterizedTest
    @CsvSource({"x-gbk", "GBK", "gb2312", "GB_2312-80", "cp936", "\"gbk\"", " gbk "})
    void the_gbk_family_is_read_as_gb18030(String declared) throws Exception {
        assertThat(MailCharsets.forName(declared)).isEqualTo(Charset.forName("GB18030"));
        assertThat(MailCharsets.decode(CHINESE.getBytes("GBK"), declared)).isEqualTo(CHINESE);
    }

    @Test
    void text_declared_gb2312_may_hold_characters_only_gbk_has() throws Exception {
        String gbkOnly = "镕"; // in GBK, not in GB2312
        assertThat(MailCharsets.decode(gbkOnly.getBytes("GBK"), "gb2312")).isEqualTo(gbkOnly);
    }

    @Test
    void aliases_mailers_write_are_known() throws Exception {
        assertThat(MailCharsets.forName("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(MailCharsets.forName("iso-8859-8-i")).isEqualTo(Charset.forName("ISO-8859-8"));
        assertThat(MailCharsets.decode("한국어".getBytes("EUC-KR"), "ks_c_5601-1987"))
                .isEqualTo("한국어");
        assertThat(MailCharsets.decode("報價".getBytes("Big5"), "big5")).isEqualTo("報價");
    }

    @Test
    void undeclared_bytes_are_read_as_utf8_when_they_are_valid_utf8() throws Exception {
        assertThat(MailCharsets.decode(CHINESE.getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(CHINESE);
        assertThat(MailCharsets.decode(CHINESE.getBytes(StandardCharsets.UTF_8), " "))
                .isEqualTo(CHINESE);
    }

    @Test
    void undeclared_bytes_that_are_not_utf8_are_read_as_gb18030() throws Exception {
        assertThat(MailCharsets.decode(CHINESE.getBytes("GBK"), null)).isEqualTo(CHINESE);
    }

    @Test
    void us_ascii_is_no_promise_and_is_read_like_undeclared_text() throws Exception {
        assertThat(MailCharsets.decode(CHINESE.getBytes(StandardCharsets.UTF_8), "us-ascii"))
                .isEqualTo(CHINESE);
    }

    @Test
    void a_byte_order_mark_is_dropped() throws Exception {
        byte[] bom = "\uFEFFhello".getBytes(StandardCharsets.UTF_8);
        assertThat(MailCharsets.decode(bom, "utf-8")).isEqualTo("hello");
        assertThat(MailCharsets.decode(bom, null)).isEqualTo("hello");
    }

    @ParameterizedTest
    @CsvSource({"hz-gb-2312", "x-no-such-charset", "utf-7?", "\"\"\"\"x"})
    void a_declared_charset_the_jdk_lacks_is_unknown(String declared) {
        assertThatThrownBy(() -> MailCharsets.decode(new byte[] {'a'}, declared))
                .isInstanceOfSatisfying(
                        UnreadableMailException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CHARSET));
    }

    @Test
    void raw_8bit_header_characters_are_read_as_utf8_or_gb18030() {
        String utf8 = new String(CHINESE.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String gbk = new String(CHINESE.getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
        assertThat(MailCharsets.rawHeader(utf8)).isEqualTo(CHINESE);
        assertThat(MailCharsets.rawHeader(gbk)).isEqualTo(CHINESE);
        assertThat(MailCharsets.rawHeader("plain")).isEqualTo("plain");
        assertThat(MailCharsets.rawHeader(CHINESE)).isEqualTo(CHINESE);
    }
}
