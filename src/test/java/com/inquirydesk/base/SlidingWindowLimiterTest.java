package com.inquirydesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void one_key_acting_every_fifteen_seconds_gets_exactly_the_limit_in_any_window() {
        var limiter = new SlidingWindowLimiter(10, Duration.ofMinutes(10), clock);
        Instant start = clock.instant();
        List<Instant> allowed = new ArrayList<>();

        for (int i = 0; i < 4 * 30; i++) {
            if (limiter.waitFor("192.0.2.1").isEmpty()) {
                allowed.add(limiter.record("192.0.2.1"));
            }
            clock.advance(Duration.ofSeconds(15));
        }

        assertThat(allowed.stream().filter(at -> at.isBefore(start.plus(Duration.ofMinutes(10)))))
                .hasSize(10);
        assertThat(allowed).hasSize(30);
        for (Instant from : allowed) {
            assertThat(allowed.stream()
                            .filter(at -> !at.isBefore(from) && at.isBefore(from.plus(Duration.ofMinutes(10)))))
                    .as("events in the 10 minutes from %s", from)
                    .hasSizeLessThanOrEqualTo(10);
        }
    }

    @Test
    void says_how_long_until_the_oldest_event_leaves_the_window() {
        var limiter = new SlidingWindowLimiter(2, Duration.ofMinutes(10), clock);
        limiter.record("a@example.com");
        clock.advance(Duration.ofMinutes(3));
        limiter.record("a@example.com");

        assertThat(limiter.waitFor("a@example.com"))
                .hasValueSatisfying(wait ->
                        assertThat(wait).isBetween(Duration.ofMinutes(7).minusSeconds(1), Duration.ofMinutes(7)));
        clock.advance(Duration.ofMinutes(7));
        assertThat(limiter.waitFor("a@example.com")).isEmpty();
    }

    @Test
    void keeps_a_separate_count_per_key() {
        var limiter = new SlidingWindowLimiter(1, Duration.ofHours(1), clock);
        limiter.record("a@example.com");

        assertThat(limiter.waitFor("a@example.com")).isPresent();
        assertThat(limiter.waitFor("b@example.com")).isEmpty();
        assertThat(limiter.count("b@example.com")).isZero();
    }

    @Test
    void an_event_recorded_with_its_past_time_counts_until_that_time_leaves_the_window() {
        var limiter = new SlidingWindowLimiter(2, Duration.ofHours(1), clock);
        Instant now = clock.instant();

        limiter.record("a@example.com", now.minus(Duration.ofMinutes(70)));
        limiter.record("a@example.com", now.minus(Duration.ofMinutes(40)));
        limiter.record("a@example.com", now.minus(Duration.ofMinutes(10)));

        assertThat(limiter.count("a@example.com")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(21));
        assertThat(limiter.count("a@example.com")).isEqualTo(1);
    }

    @Test
    void a_cancelled_event_no_longer_counts() {
        var limiter = new SlidingWindowLimiter(1, Duration.ofHours(1), clock);
        Instant at = limiter.record("192.0.2.2");

        limiter.cancel("192.0.2.2", at);

        assertThat(limiter.waitFor("192.0.2.2")).isEmpty();
    }

    @Test
    void forgets_the_keys_it_is_told_to() {
        var limiter = new SlidingWindowLimiter(1, Duration.ofHours(1), clock);
        limiter.record("alice 192.0.2.4");
        limiter.record("alice 192.0.2.5");
        limiter.record("bob 192.0.2.4");

        limiter.forgetAll(key -> key.startsWith("alice "));

        assertThat(limiter.count("alice 192.0.2.4")).isZero();
        assertThat(limiter.count("alice 192.0.2.5")).isZero();
        assertThat(limiter.count("bob 192.0.2.4")).isEqualTo(1);
    }

    @Test
    void events_beyond_the_limit_keep_the_key_at_its_limit_and_no_further() {
        var limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 50; i++) {
            limiter.record("192.0.2.3");
        }

        assertThat(limiter.count("192.0.2.3")).isEqualTo(3);
        clock.advance(Duration.ofMinutes(15));
        assertThat(limiter.count("192.0.2.3")).isZero();
    }

    @Test
    void refuses_a_limit_that_could_never_allow_anything() {
        assertThatThrownBy(() -> new SlidingWindowLimiter(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlidingWindowLimiter(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
