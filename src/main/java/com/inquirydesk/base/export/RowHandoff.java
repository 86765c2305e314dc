package com.inquirydesk.base.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands rows from the thread that reads them to the thread that writes them, in batches through a short
 * queue: the reader is never more than {@value #QUEUED} batches of {@value #BATCH} rows ahead, so the memory
 * used does not grow with the number of rows. When the writer gives up (the client went away), the reader's
 * next row throws {@link CancellationException}, which ends its query.
 *
 * <p>The reader calls {@link #accept} for each row and {@link #finish} in a {@code finally} block; the writer
 * calls {@link #drain}, and {@link #abandon} when it fails.
 */
public final class RowHandoff<T> implements Consumer<T> {

    static final int BATCH = 500;
    static final int QUEUED = 8;

    private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(QUEUED);
    private final List<T> end = List.of();
    private List<T> batch = new ArrayList<>(BATCH);
    private volatile boolean abandoned;

    /** Reader: one more row. */
    @Override
    public void accept(T row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Reader: there are no more rows, whether the query ended or failed. */
    public void finish() {
        if (!abandoned) {
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(end);
        }
    }

    /** Writer: hands every row to {@code each}, in order, until the reader finishes. */
    public void drain(Consumer<T> each) throws InterruptedException {
        for (List<T> rows = batches.take(); rows != end; rows = batches.take()) {
            rows.forEach(each);
        }
    }

    /** Writer: no more rows are wanted; the reader stops at its next row. */
    public void abandon() {
        abandoned = true;
        batches.clear();
    }

    private void put(List<T> rows) {
        try {
            do {
                if (abandoned) {
                    throw new CancellationException("the rows are no longer wanted");
                }
            } while (!batches.offer(rows, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while handing over rows");
        }
    }
}
