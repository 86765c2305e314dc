package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AddressHeadersTest {

    @Test
    void reads_a_quoted_encoded_name_and_lower_cases_the_address() {
        assertThat(AddressHeaders.first("\"=?UTF-8?B?5byg5LiJ?=\" <Zhang.San@Example.CN>"))
                .isEqualTo(new MailAddress("张三", "zhang.san@example.cn"));
    }

    @Test
    void reads_a_name_with_a_comma_in_quotes_and_a_name_in_a_comment() {
        assertThat(AddressHeaders.first("\"Smith, Anna\" <anna@example.org>, bob@example.org"))
                .isEqualTo(new MailAddress("Smith, Anna", "anna@example.org"));
        assertThat(AddressHeaders.first("anna@example.org (Anna Smith)"))
                .isEqualTo(new MailAddress("Anna Smith", "anna@example.org"));
    }

    @Test
    void reads_the_first_of_several_bare_addresses() {
        assertThat(AddressHeaders.first("a@example.org, \"B\" <b@example.org>"))
                .isEqualTo(new MailAddress(null, "a@example.org"));
    }

    @Test
    void reads_a_name_written_in_raw_gbk_bytes() {
        String raw = new String("王五 <w@example.cn>".getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
        assertThat(AddressHeaders.first(raw)).isEqualTo(new MailAddress("王五", "w@example.cn"));
    }

    @Test
    void a_header_without_an_address_has_no_mailbox() {
        assertThat(AddressHeaders.first("undisclosed-recipients:;")).isNull();
        assertThat(AddressHeaders.first("  ")).isNull();
        assertThat(AddressHeaders.first(null)).isNull();
    }

    @Test
    void lists_every_address_and_finds_them_in_a_header_that_cannot_be_parsed() {
        assertThat(AddressHeaders.all("\"Desk, Sales\" <Desk@Example.com>, other@example.com"))
                .containsExactly("desk@example.com", "other@example.com");
        assertThat(AddressHeaders.all("broken <<a@example.com>> \"unclosed b@example.com"))
                .containsExactly("a@example.com", "b@example.com");
    }
}
