package com.inquirydesk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every few milliseconds while something runs, for memory figures in reports. */
public final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long before;
    private final AtomicLong peak;
    private final Thread sampler;

    private HeapPeak() {
        System.gc();
        before = memory.getHeapMemoryUsage().getUsed();
        peak = new AtomicLong(before);
        sampler = Thread.ofPlatform().daemon().start(this::sample);
    }

    /** Starts sampling, after a garbage collection so that the starting figure is a fair one. */
    public static HeapPeak start() {
        return new HeapPeak();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long beforeMegabytes() {
        return before >> 20;
    }

    public long peakMegabytes() {
        return peak.get() >> 20;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
