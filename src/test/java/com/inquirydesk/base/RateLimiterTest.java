package com.inquirydesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allows_the_capacity_then_says_how_long_to_wait() {
        var limiter = new RateLimiter(3, Duration.ofMinutes(10));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
        }
        assertThat(limiter.tryAcquire("10.0.0.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)));
    }

    @Test
    void keeps_a_separate_budget_per_key() {
        var limiter = new RateLimiter(1, Duration.ofHours(1));

        assertThat(limiter.tryAcquire("a@example.com")).isEmpty();
        assertThat(limiter.tryAcquire("b@example.com")).isEmpty();
        assertThat(limiter.tryAcquire("a@example.com")).isPresent();
    }

    @Test
    void refuses_a_limit_that_could_never_allow_anything() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rounds_waits_up_for_headers_and_people() {
        var exceeded = new RateLimitExceededException(Duration.ofMillis(61_001));

        assertThat(exceeded.retryAfterSeconds()).isEqualTo(62);
        assertThat(exceeded.retryAfterMinutes()).isEqualTo(2);
    }
}
