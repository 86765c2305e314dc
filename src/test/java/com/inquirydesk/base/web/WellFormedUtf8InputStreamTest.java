package com.inquirydesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WellFormedUtf8InputStreamTest {

    @Test
    void passes_well_formed_utf8_unchanged() throws IOException {
        byte[] text = "{\"name\": \"王伟 < Müller 😀\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(new WellFormedUtf8InputStream(new ByteArrayInputStream(text)).readAllBytes())
                .isEqualTo(text);
    }

    @Test
    void a_sequence_split_across_reads_is_still_well_formed() throws IOException {
        byte[] text = "高纯铁 😀".getBytes(StandardCharsets.UTF_8);

        assertThat(new WellFormedUtf8InputStream(oneByteAtATime(text)).readAllBytes())
                .isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'< written in two bytes (overlong)',          61c0bc",
        "'< written in three bytes (overlong)',        61e080bc",
        "'< written in four bytes (overlong)',         61f08080bc",
        "'a surrogate written as a character',          61eda080",
        "'a code point past U+10FFFF',                  61f4908080",
        "'a byte that never starts a sequence',         61f5",
        "'a continuation byte without a lead byte',     6180",
        "'a lead byte without its continuation',        61c328",
        "'a sequence cut short by the end',             61e4b8"
    })
    void refuses_ill_formed_utf8(String what, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThatThrownBy(() -> new WellFormedUtf8InputStream(new ByteArrayInputStream(bytes)).readAllBytes())
                .as(what)
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void hands_over_the_bytes_before_the_fault_and_fails_on_the_next_read() throws IOException {
        var in = new WellFormedUtf8InputStream(
                new ByteArrayInputStream(HexFormat.of().parseHex("7b226e223a2261c0bc227d")));
        var buffer = new byte[64];

        assertThat(in.read(buffer, 0, buffer.length)).isEqualTo(7); // {"n":"a
        assertThatThrownBy(() -> in.read(buffer, 0, buffer.length))
                .isInstanceOf(CharacterCodingException.class)
                .hasMessage("Ill-formed UTF-8 at byte 7");
        assertThatThrownBy(() -> in.read(buffer, 0, buffer.length)).isInstanceOf(CharacterCodingException.class);
    }

    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };
    }
}
