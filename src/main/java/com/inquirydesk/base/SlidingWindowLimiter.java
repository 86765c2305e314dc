package com.inquirydesk.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * At most {@code limit} events per key (an IP address, an email address, an account) in any window of
 * {@code window}, exactly: it keeps the times of each key's last {@code limit} events, where a token bucket
 * would let up to twice its capacity through in one window. Keys idle for a window are forgotten and at most
 * 100,000 keys are kept, so memory stays bounded by recent traffic.
 */
public final class SlidingWindowLimiter {

    private static final long MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> events;

    public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one event and a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.events = Caffeine.newBuilder()
                .expireAfterAccess(window)
                .maximumSize(MAX_KEYS)
                .build();
    }

    /**
     * Whether the key may have one more event now; records nothing.
     *
     * @return empty when it may; otherwise how long until its oldest event in the window leaves it
     */
    public Optional<Duration> waitFor(String key) {
        Deque<Instant> times = events.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.getFirst().plus(window)));
        }
    }

    /**
     * Records an event of the key now, allowed or not; beyond the limit the oldest event is dropped.
     *
     * @return the event's time, to {@link #cancel} it
     */
    public Instant record(String key) {
        Instant now = clock.instant();
        record(key, now);
        return now;
    }

    /**
     * Records an event of the key that happened at this time, e.g. one read back from the database at start.
     * Events must be recorded in the order of their times; one that already left the window is passed over.
     */
    public void record(String key, Instant at) {
        Instant now = clock.instant();
        if (!at.isAfter(now.minus(window))) {
            return;
        }
        Deque<Instant> times = events.get(key, unused -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() == limit) {
                times.removeFirst();
            }
            times.addLast(at);
        }
    }

    /** Takes back an event recorded at this time, e.g. when the work it was recorded for was undone. */
    public void cancel(String key, Instant at) {
        Deque<Instant> times = events.getIfPresent(key);
        if (times != null) {
            synchronized (times) {
                times.removeLastOccurrence(at);
            }
        }
    }

    /** How many events the key had in the window that ends now. */
    public int count(String key) {
        Deque<Instant> times = events.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            dropExpired(times, clock.instant());
            return times.size();
        }
    }

    /** Forgets the key's events. */
    public void forget(String key) {
        events.invalidate(key);
    }

    /** Forgets the events of every key that matches. */
    public void forgetAll(Predicate<String> keys) {
        events.asMap().keySet().removeIf(keys);
    }

    /** An event counts while it is less than a window old. */
    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.getFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
