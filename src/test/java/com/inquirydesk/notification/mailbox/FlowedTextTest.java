package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowedTextTest {

    @Test
    void joins_lines_that_end_in_a_space() {
        assertThat(FlowedText.unflow("We need two hundred \r\ncrucibles by March.\r\nThanks", false))
                .isEqualTo("We need two hundred crucibles by March.\nThanks");
    }

    @Test
    void delsp_removes_the_space_that_marked_the_break() {
        assertThat(FlowedText.unflow("高温陶瓷 \n坩埚", true)).isEqualTo("高温陶瓷坩埚");
    }

    @Test
    void removes_space_stuffing_and_keeps_the_signature_separator() {
        assertThat(FlowedText.unflow(" From the factory\n-- \nAnna", false)).isEqualTo("From the factory\n-- \nAnna");
    }

    @Test
    void joins_quoted_lines_only_within_one_quote_depth() {
        assertThat(FlowedText.unflow("Yes.\n> How many \n> pieces?\n>> Earlier \nNew", false))
                .isEqualTo("Yes.\n> How many pieces?\n>> Earlier \nNew");
    }

    @Test
    void text_without_flowed_lines_is_unchanged() {
        assertThat(FlowedText.unflow("a\n\nb", false)).isEqualTo("a\n\nb");
        assertThat(FlowedText.unflow("", false)).isEmpty();
    }
}
