package com.inquirydesk.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per key (an IP address) against floods: a burst of up to {@code capacity} requests, then
 * {@code capacity} per {@code period} as the bucket refills gradually, so one period can see up to twice the
 * capacity. Limits that must hold exactly use {@link SlidingWindowLimiter}. Keys unused for a period are
 * forgotten, so memory stays bounded by recent traffic.
 */
public final class RateLimiter {

    private static final long MAX_KEYS = 100_000;

    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(long capacity, Duration period) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity ≥ 1 and a positive period");
        }
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(period)
                .maximumSize(MAX_KEYS)
                .build();
    }

    /**
     * Takes one request's worth from the key's bucket.
     *
     * @return empty when the request may go ahead; otherwise how long until it would be allowed
     */
    public Optional<Duration> tryAcquire(String key) {
        var probe = buckets.get(key, unused -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }
}
