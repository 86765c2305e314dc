package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.MutableClock;
import com.inquirydesk.base.RateLimitExceededException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class IntakeLimitsTest {

    private final MutableClock clock = new MutableClock();
    private final IntakeLimits limits = new IntakeLimits(properties(2, 1), clock);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_submission_whose_transaction_rolls_back_gives_its_share_back() {
        TransactionSynchronizationManager.initSynchronization();
        limits.spend("192.0.2.10", "a@example.com");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();

        assertThatCode(() -> limits.spend("192.0.2.10", "a@example.com")).doesNotThrowAnyException();
    }

    @Test
    void a_committed_submission_keeps_its_share() {
        TransactionSynchronizationManager.initSynchronization();
        limits.spend("192.0.2.11", "b@example.com");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();

        assertThatThrownBy(() -> limits.spend("192.0.2.12", "b@example.com"))
                .isInstanceOf(RateLimitExceededException.class);
    }

    @Test
    void the_longer_of_two_waits_is_the_one_reported() {
        limits.spend("192.0.2.13", "c@example.com");
        clock.advance(Duration.ofMinutes(1));
        limits.spend("192.0.2.13", "d@example.com");

        assertThatThrownBy(() -> limits.spend("192.0.2.13", "c@example.com"))
                .isInstanceOfSatisfying(
                        RateLimitExceededException.class,
                        refused -> assertThat(refused.retryAfter()).isGreaterThan(Duration.ofMinutes(50)));
    }

    @Test
    void an_address_or_email_at_half_its_limit_is_half_spent_and_nothing_is_counted_by_asking() {
        var halves = new IntakeLimits(properties(4, 5), clock);
        halves.spend("192.0.2.20", "e@example.com");
        assertThat(halves.halfSpent("192.0.2.20", "f@example.com")).isFalse();

        halves.spend("192.0.2.20", "f@example.com");
        assertThat(halves.halfSpent("192.0.2.20", "g@example.com"))
                .as("2 of 4 from the address")
                .isTrue();
        assertThat(halves.halfSpent("192.0.2.21", "F@example.com"))
                .as("1 of 5 for the email")
                .isFalse();
        assertThat(halves.halfSpent(null, "f@example.com")).isFalse();

        halves.spend("192.0.2.22", "f@example.com");
        assertThat(halves.halfSpent(null, "f@example.com"))
                .as("2 of 5 for the email")
                .isFalse();
        halves.spend("192.0.2.23", "f@example.com");
        assertThat(halves.halfSpent(null, "F@Example.com"))
                .as("3 of 5 for the email, case ignored")
                .isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(halves.halfSpent("192.0.2.20", "f@example.com"))
                .as("a window later")
                .isFalse();
    }

    private static IntakeProperties properties(int perIp, int perEmail) {
        var source = new MapConfigurationPropertySource(Map.of(
                "inquiry.intake.per-ip-limit", perIp,
                "inquiry.intake.per-email-limit", perEmail));
        return new Binder(source).bindOrCreate("inquiry.intake", Bindable.of(IntakeProperties.class));
    }
}
