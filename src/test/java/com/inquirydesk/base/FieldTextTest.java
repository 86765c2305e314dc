package com.inquirydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTextTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
            strings = {
                "200B",
                "200C",
                "200D",
                "2060",
                "FEFF", // zero-width characters and the byte order mark
                "200E",
                "200F",
                "061C", // the marks LRM, RLM and ALM
                "202A",
                "202B",
                "202C",
                "202D",
                "202E",
                "2066",
                "2067",
                "2068",
                "2069" // embeddings, overrides, isolates
            })
    void drops_each_invisible_character(String codePoint) {
        String invisible = Character.toString(Integer.parseInt(codePoint, 16));

        assertThat(FieldText.clean(invisible + "Li" + invisible + " Na" + invisible))
                .isEqualTo("Li Na");
    }

    @Test
    void drops_invisible_characters_before_normalising() {
        assertThat(FieldText.clean("Jose\u200B\u0301")).isEqualTo("José").hasSize(4);
    }

    @Test
    void keeps_visible_text_of_any_script() {
        assertThat(FieldText.clean("  王伟 · Müller · عربي 😀👍🏽  ")).isEqualTo("王伟 · Müller · عربي 😀👍🏽");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"000A", "000D", "0085", "2028", "2029", "0009", "0000", "001B"})
    void a_line_break_or_control_character_is_no_single_line_text(String codePoint) {
        String text = "Hello" + Character.toString(Integer.parseInt(codePoint, 16)) + "X-Injected: yes";

        assertThat(FieldText.isSingleLine(text)).isFalse();
    }

    @Test
    void ordinary_text_is_single_line() {
        assertThat(FieldText.isSingleLine("Li Na, 李娜 <li@example.cn>")).isTrue();
    }

    @Test
    void every_kind_of_line_break_becomes_one_line_feed() {
        assertThat(FieldText.withLineFeeds("a\r\nb\rc\nd\u0085e\u2028f\u2029g")).isEqualTo("a\nb\nc\nd\ne\nf\ng");
    }

    @Test
    void a_lone_surrogate_is_malformed_but_a_pair_is_not() {
        assertThat(FieldText.isWellFormed("\uD800")).isFalse();
        assertThat(FieldText.isWellFormed("x\uDC00y")).isFalse();
        assertThat(FieldText.isWellFormed("emoji cut in half \uD83D")).isFalse();
        assertThat(FieldText.isWellFormed("\uDE00\uD83D")).isFalse();
        assertThat(FieldText.isWellFormed("😀 and 高纯铁")).isTrue();
    }
}
