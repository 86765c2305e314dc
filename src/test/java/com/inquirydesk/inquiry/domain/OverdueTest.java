package com.inquirydesk.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OverdueTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final Overdue overdue =
            new Overdue(new TriageProperties(Duration.ofHours(24)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_new_inquiry_is_overdue_once_the_response_time_has_passed() {
        Instant before = overdue.receivedBefore();
        assertThat(before).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(Overdue.is(InquiryStatus.NEW, NOW.minus(Duration.ofHours(25)), before))
                .isTrue();
        assertThat(Overdue.is(InquiryStatus.NEW, NOW.minus(Duration.ofHours(23)), before))
                .isFalse();
        assertThat(Overdue.is(InquiryStatus.NEW, before, before)).isFalse();
    }

    @Test
    void an_inquiry_someone_answered_is_never_overdue() {
        Instant before = overdue.receivedBefore();
        for (InquiryStatus status : InquiryStatus.values()) {
            if (status != InquiryStatus.NEW) {
                assertThat(Overdue.is(status, NOW.minus(Duration.ofDays(30)), before))
                        .as(status.name())
                        .isFalse();
            }
        }
    }
}
