package com.inquirydesk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap while something runs, for memory figures in reports: every few milliseconds, garbage
 * included ({@link #start()}), or right after a full collection every so often ({@link #live(long)}), which is
 * what the work really holds on to, but slows it down: time it in another run.
 */
public final class HeapPeak implements AutoCloseable {

    private static final long SAMPLE_EVERY_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long before;
    private final AtomicLong peak;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    private HeapPeak(boolean collect, long everyMillis) {
        System.gc();
        before = memory.getHeapMemoryUsage().getUsed();
        peak = new AtomicLong(before);
        sampler.scheduleAtFixedRate(
                () -> {
                    if (collect) {
                        System.gc();
                    }
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                },
                0,
                everyMillis,
                TimeUnit.MILLISECONDS);
    }

    /** Starts sampling, after a garbage collection so that the starting figure is a fair one. */
    public static HeapPeak start() {
        return new HeapPeak(false, SAMPLE_EVERY_MILLIS);
    }

    /** Starts measuring the live heap: a full garbage collection, then the heap in use, every so many ms. */
    public static HeapPeak live(long everyMillis) {
        return new HeapPeak(true, everyMillis);
    }

    public long beforeMegabytes() {
        return before >> 20;
    }

    public long peakMegabytes() {
        return peak.get() >> 20;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
