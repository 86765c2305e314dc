package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InquiryMailsTest {

    @Test
    void a_subject_of_80_characters_is_repeated_whole() {
        String subject = "s".repeat(80);

        assertThat(InquiryMails.echoed(subject)).isEqualTo(subject);
    }

    @Test
    void a_longer_subject_is_cut_to_80_characters_with_an_ellipsis() {
        assertThat(InquiryMails.echoed("Visit http://spam.example " + "x".repeat(100)))
                .hasSize(80)
                .startsWith("Visit http://spam.example xxx")
                .endsWith("x…");
    }

    @Test
    void the_cut_counts_characters_and_never_splits_one() {
        String subject = "坩埚" + "😀".repeat(100);

        String echoed = InquiryMails.echoed(subject);

        assertThat(echoed.codePointCount(0, echoed.length())).isEqualTo(80);
        assertThat(echoed).isEqualTo("坩埚" + "😀".repeat(77) + "…");
    }
}
