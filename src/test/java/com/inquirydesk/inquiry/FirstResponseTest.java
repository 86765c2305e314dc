package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstResponseTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-28T08:00:00.500Z");

    @Test
    void counts_whole_minutes_rounded_down() {
        assertThat(FirstResponse.minutes(RECEIVED, RECEIVED)).isZero();
        assertThat(FirstResponse.minutes(RECEIVED, RECEIVED.plusSeconds(59))).isZero();
        assertThat(FirstResponse.minutes(RECEIVED, RECEIVED.plusSeconds(60))).isEqualTo(1);
        assertThat(FirstResponse.minutes(RECEIVED, RECEIVED.plusSeconds(60).minusMillis(1)))
                .isZero();
        assertThat(FirstResponse.minutes(RECEIVED, RECEIVED.plusSeconds(90 * 60 + 59)))
                .isEqualTo(90);
    }

    @Test
    void shows_minutes_in_hours() {
        assertThat(FirstResponse.hours(90)).isEqualTo(1.5);
        assertThat(FirstResponse.hours(0)).isZero();
        assertThat(FirstResponse.hours(1)).isEqualTo(1 / 60.0);
    }
}
