package com.inquirydesk.inquiry.intake;

import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.base.SlidingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake's limits as README states them: at most so many stored inquiries per IP address and per email
 * address in any window of their period. Both are checked before either is spent, and a submission whose
 * transaction does not commit gives its share back, so a refused or failed submission costs nothing.
 */
class IntakeLimits {

    private final SlidingWindowLimiter perIp;
    private final SlidingWindowLimiter perEmail;
    private final int perIpLimit;
    private final int perEmailLimit;

    IntakeLimits(IntakeProperties properties, Clock clock) {
        this.perIpLimit = properties.perIpLimit();
        this.perEmailLimit = properties.perEmailLimit();
        this.perIp = new SlidingWindowLimiter(properties.perIpLimit(), properties.perIpPeriod(), clock);
        this.perEmail = new SlidingWindowLimiter(properties.perEmailLimit(), properties.perEmailPeriod(), clock);
    }

    /**
     * Whether the client's address (when known) or its email address has already used half its limit or more in
     * the current window: the rate signal of {@link SpamSignals}. Asked before {@link #spend}; counts nothing.
     */
    synchronized boolean halfSpent(@Nullable String clientIp, String email) {
        return (clientIp != null && SpamSignals.halfSpent(perIp.count(clientIp), perIpLimit))
                || SpamSignals.halfSpent(perEmail.count(email.toLowerCase(Locale.ROOT)), perEmailLimit);
    }

    /**
     * Counts one inquiry against the client's address (when known) and its email address, or neither.
     *
     * @throws RateLimitExceededException when either has reached its limit; nothing is counted
     */
    synchronized void spend(@Nullable String clientIp, String email) {
        String emailKey = email.toLowerCase(Locale.ROOT);
        Optional<Duration> ipWait = clientIp == null ? Optional.empty() : perIp.waitFor(clientIp);
        Optional<Duration> emailWait = perEmail.waitFor(emailKey);
        Optional<Duration> wait =
                Stream.of(ipWait, emailWait).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (wait.isPresent()) {
            throw new RateLimitExceededException(wait.get());
        }
        @Nullable Instant ipSpent = clientIp == null ? null : perIp.record(clientIp);
        Instant emailSpent = perEmail.record(emailKey);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        return;
                    }
                    if (clientIp != null && ipSpent != null) {
                        perIp.cancel(clientIp, ipSpent);
                    }
                    perEmail.cancel(emailKey, emailSpent);
                }
            });
        }
    }
}
