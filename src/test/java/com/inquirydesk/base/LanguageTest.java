package com.inquirydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void a_chinese_text_is_chinese_even_with_english_product_names_in_it() {
        assertThat(Language.ofText("您好，我们需要 NdFeB N52 磁铁 5000 pcs，请报价。")).isEqualTo(Language.ZH);
        assertThat(Language.ofText("高純鐵詢價")).isEqualTo(Language.ZH);
    }

    @Test
    void an_english_text_with_a_chinese_name_in_it_stays_english() {
        assertThat(Language.ofText("Dear sales team, my colleague 王芳 asked me to request a quotation for alumina"
                        + " crucibles, 200 pieces, delivered to Rotterdam."))
                .isEqualTo(Language.EN);
    }

    @Test
    void a_text_without_letters_or_with_a_single_chinese_character_is_english() {
        assertThat(Language.ofText("")).isEqualTo(Language.EN);
        assertThat(Language.ofText("12345 !!!")).isEqualTo(Language.EN);
        assertThat(Language.ofText("好")).isEqualTo(Language.EN);
    }
}
