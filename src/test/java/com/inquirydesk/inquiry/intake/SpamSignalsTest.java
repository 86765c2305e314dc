package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.intake.SpamSignals.Verdict;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SpamSignalsTest {

    private static final Duration MIN = Duration.ofSeconds(3);
    private static final Duration FAST = Duration.ofSeconds(1);
    private static final Duration HUMAN = Duration.ofSeconds(40);
    private static final String PLAIN = "Crucibles\nPlease quote 200 alumina crucibles.";
    private static final String LINKED = "Offer\nSee https://a.example/x and www.b.example today.";

    @Test
    void an_inquiry_without_signals_is_neither_spam_nor_suspected() {
        assertThat(judge(false, HUMAN, PLAIN, false)).isEqualTo(new Verdict(null, null));
        assertThat(judge(false, null, PLAIN, false)).isEqualTo(new Verdict(null, null));
    }

    @Test
    void a_filled_honeypot_alone_is_spam() {
        assertThat(judge(true, HUMAN, PLAIN, false)).isEqualTo(new Verdict("honeypot", null));
    }

    @Test
    void a_filled_honeypot_with_other_signals_is_spam_for_the_honeypot() {
        assertThat(judge(true, FAST, LINKED, true)).isEqualTo(new Verdict("honeypot", null));
    }

    @Test
    void a_fast_form_alone_is_only_suspected() {
        assertThat(judge(false, FAST, PLAIN, false)).isEqualTo(new Verdict(null, "too-fast"));
    }

    @Test
    void a_form_sent_at_exactly_the_minimum_time_is_not_fast() {
        assertThat(judge(false, MIN, PLAIN, false)).isEqualTo(new Verdict(null, null));
        assertThat(judge(false, MIN.minusMillis(1), PLAIN, false)).isEqualTo(new Verdict(null, "too-fast"));
    }

    @Test
    void no_fill_time_is_no_signal_where_no_form_measured_it() {
        assertThat(judge(false, null, LINKED, false)).isEqualTo(new Verdict(null, "links"));
    }

    @Test
    void links_alone_are_only_suspected() {
        assertThat(judge(false, HUMAN, LINKED, false)).isEqualTo(new Verdict(null, "links"));
    }

    @Test
    void a_busy_address_alone_is_only_suspected() {
        assertThat(judge(false, HUMAN, PLAIN, true)).isEqualTo(new Verdict(null, "rate"));
    }

    @Test
    void a_fast_form_with_links_is_spam() {
        assertThat(judge(false, FAST, LINKED, false)).isEqualTo(new Verdict("too-fast,links", null));
    }

    @Test
    void a_fast_form_from_a_busy_address_is_spam() {
        assertThat(judge(false, FAST, PLAIN, true)).isEqualTo(new Verdict("too-fast,rate", null));
    }

    @Test
    void links_from_a_busy_address_are_spam() {
        assertThat(judge(false, null, LINKED, true)).isEqualTo(new Verdict("links,rate", null));
    }

    @Test
    void all_three_signals_are_spam_for_all_three() {
        assertThat(judge(false, FAST, LINKED, true)).isEqualTo(new Verdict("too-fast,links,rate", null));
    }

    @Test
    void two_links_are_a_signal_and_one_is_not() {
        assertThat(SpamSignals.links("Our site: https://example.com")).isEqualTo(1);
        assertThat(judge(false, null, "Our site: https://example.com", false)).isEqualTo(new Verdict(null, null));
        assertThat(SpamSignals.links("HTTP://a.example and http://b.example")).isEqualTo(2);
    }

    @Test
    void a_link_is_counted_once_however_it_is_written() {
        assertThat(SpamSignals.links("https://www.example.com/page")).isEqualTo(1);
        assertThat(SpamSignals.links("http://example.com/?to=www.example.org")).isEqualTo(1);
        assertThat(SpamSignals.links("WWW.example.com")).isEqualTo(1);
        assertThat(SpamSignals.links("请看www.example.cn和https://example.cn")).isEqualTo(2);
    }

    @Test
    void text_that_only_looks_like_a_link_is_none() {
        assertThat(SpamSignals.links("awww.example, http:// and www. alone, 3.5 www"))
                .isZero();
    }

    @Test
    void half_the_limit_or_more_is_the_rate_signal() {
        assertThat(SpamSignals.halfSpent(4, 10)).isFalse();
        assertThat(SpamSignals.halfSpent(5, 10)).isTrue();
        assertThat(SpamSignals.halfSpent(2, 5)).isFalse();
        assertThat(SpamSignals.halfSpent(3, 5)).isTrue();
        assertThat(SpamSignals.halfSpent(0, 1)).isFalse();
    }

    private static Verdict judge(boolean honeypot, @Nullable Duration fillTime, String text, boolean busy) {
        return SpamSignals.judge(honeypot, fillTime, MIN, text, busy);
    }
}
