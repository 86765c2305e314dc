package com.inquirydesk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every few milliseconds while something runs, for memory figures in reports. */
public final class HeapPeak implements AutoCloseable {

    private static final long SAMPLE_EVERY_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long before;
    private final AtomicLong peak;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    private HeapPeak() {
        System.gc();
        before = memory.getHeapMemoryUsage().getUsed();
        peak = new AtomicLong(before);
        sampler.scheduleAtFixedRate(
                () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0,
                SAMPLE_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Starts sampling, after a garbage collection so that the starting figure is a fair one. */
    public static HeapPeak start() {
        return new HeapPeak();
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
