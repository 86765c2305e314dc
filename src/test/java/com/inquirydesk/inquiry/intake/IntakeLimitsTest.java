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

    private static IntakeProperties properties(int perIp, int perEmail) {
        var source = new MapConfigurationPropertySource(Map.of(
                "inquiry.intake.per-ip-limit", perIp,
                "inquiry.intake.per-email-limit", perEmail));
        return new Binder(source).bindOrCreate("inquiry.intake", Bindable.of(IntakeProperties.class));
    }
}
