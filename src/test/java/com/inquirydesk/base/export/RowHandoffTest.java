package com.inquirydesk.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RowHandoffTest {

    /** More rows than the queue holds, and not a whole number of batches. */
    private static final int ROWS = RowHandoff.BATCH * RowHandoff.QUEUED * 5 + 7;

    @Test
    void the_writer_gets_every_row_in_order_while_the_reader_runs_ahead() throws Exception {
        var handoff = new RowHandoff<Integer>();
        var reading = read(handoff, ROWS);
        List<Integer> written = new ArrayList<>();
        handoff.drain(written::add);

        assertThat(written)
                .containsExactlyElementsOf(IntStream.range(0, ROWS).boxed().toList());
        reading.get(5, TimeUnit.SECONDS);
    }

    @Test
    void when_the_writer_abandons_the_blocked_reader_stops_at_its_next_row() throws Exception {
        var handoff = new RowHandoff<Integer>();
        var reading = read(handoff, ROWS);
        List<Integer> written = new ArrayList<>();
        assertThatThrownBy(() -> handoff.drain(row -> {
                    if (row == 1_000) {
                        throw new IllegalStateException("the client went away");
                    }
                    written.add(row);
                }))
                .hasMessage("the client went away");
        handoff.abandon();

        assertThat(reading)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(CancellationException.class);
        assertThat(written).hasSize(1_000);
    }

    @Test
    void a_reader_that_fails_still_ends_the_writers_wait() throws Exception {
        var handoff = new RowHandoff<Integer>();
        var reading = CompletableFuture.runAsync(() -> {
            try {
                IntStream.range(0, 1_234).forEach(handoff::accept);
                throw new IllegalStateException("the database went away");
            } finally {
                handoff.finish();
            }
        });
        List<Integer> written = new ArrayList<>();
        handoff.drain(written::add);

        assertThat(written).hasSize(1_234);
        assertThat(reading).failsWithin(5, TimeUnit.SECONDS);
    }

    /** The reader: hands over the numbers from 0 to {@code rows} on another thread, as the export's query does. */
    private static CompletableFuture<Void> read(RowHandoff<Integer> handoff, int rows) {
        return CompletableFuture.runAsync(() -> {
            try {
                IntStream.range(0, rows).forEach(handoff::accept);
            } finally {
                handoff.finish();
            }
        });
    }
}
