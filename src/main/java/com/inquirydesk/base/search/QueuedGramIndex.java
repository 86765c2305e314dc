package com.inquirydesk.base.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link GramIndex} of one H2 table's searched fields, kept in step with it through a queue table: the table's
 * row trigger ({@link TextQueueTrigger}) enqueues a row's id in the transaction that inserts, deletes or changes it,
 * and the indexer here takes the queue's entries away only once the index holds them. Until then
 * {@link #candidates} adds the queued rows, so a search sees every committed change at once. A new (or lost)
 * index is rebuilt from the table in the background; until it is done the candidates are the queued rows, too
 * many to hand on, and searches read the table.
 */
public final class QueuedGramIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueuedGramIndex.class);

    /** Queued rows indexed per commit of the index. */
    private static final int BATCH = 2_000;
    /** Ids per {@code in (…)} list of the indexer's statements. */
    private static final int CHUNK = 500;

    private final GramIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String table;
    private final List<String> fields;
    private final String queue;
    private final String queueColumn;
    private @Nullable ScheduledExecutorService indexer;
    private boolean rebuildQueued;

    /**
     * @param table the indexed table, whose key is {@code id}
     * @param fields the searched columns, in the order of the indexed text
     * @param queue the queue table, with an identity {@code id}
     * @param queueColumn the queue's column that holds the indexed row's id
     */
    public QueuedGramIndex(
            GramIndex index,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            String table,
            List<String> fields,
            String queue,
            String queueColumn) {
        this.index = index;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.table = table;
        this.fields = List.copyOf(fields);
        this.queue = queue;
        this.queueColumn = queueColumn;
    }

    /**
     * The queued rows and those the index finds, or empty when there are more than {@code max} or the text is not
     * {@link GramIndex#narrowable}. The queue is read first: a row leaves it only after the index holds it, so it
     * is in one of the two.
     */
    public Optional<Set<Long>> candidates(String lowered, int max) {
        if (!GramIndex.narrowable(lowered)) {
            return Optional.empty();
        }
        List<Long> queued = jdbc.sql("select distinct " + queueColumn + " from " + queue + " fetch first ? rows only")
                .param(max + 1)
                .query(Long.class)
                .list();
        if (queued.size() > max) {
            return Optional.empty();
        }
        try {
            return index.candidates(lowered, max - queued.size()).map(found -> {
                Set<Long> ids = new LinkedHashSet<>(queued);
                ids.addAll(found);
                return ids;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index of " + table, e);
        }
    }

    /** Rows queued and not indexed yet. */
    public long waiting() {
        return jdbc.sql("select count(*) from " + queue).query(Long.class).single();
    }

    /** Indexes what is queued, a batch at a time, until the queue is empty. */
    public void drain() throws IOException {
        while (true) {
            List<long[]> queued = jdbc.sql(
                            "select id, " + queueColumn + " from " + queue + " order by id fetch first ? rows only")
                    .param(BATCH)
                    .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)})
                    .list();
            if (queued.isEmpty()) {
                return;
            }
            Set<Long> rows =
                    queued.stream().map(entry -> entry[1]).collect(Collectors.toCollection(LinkedHashSet::new));
            Map<Long, String> texts = texts(rows);
            for (long id : rows) {
                String text = texts.get(id);
                if (text == null) {
                    index.remove(id);
                } else {
                    index.put(id, text);
                }
            }
            index.commit();
            // the entries read, not all up to the last: one committed since the read may have a lower id
            List<Long> done = queued.stream().map(entry -> entry[0]).toList();
            for (List<Long> chunk : chunks(done)) {
                jdbc.sql("delete from " + queue + " where id in (:ids)")
                        .param("ids", chunk)
                        .update();
            }
        }
    }

    private Map<Long, String> texts(Set<Long> rows) {
        String select = "select id, " + String.join(", ", fields) + " from " + table + " where id in (:ids)";
        return chunks(List.copyOf(rows)).stream()
                .flatMap(chunk -> jdbc
                        .sql(select)
                        .param("ids", chunk)
                        .query((row, n) -> {
                            var values = new ArrayList<String>(fields.size());
                            for (int column = 2; column <= fields.size() + 1; column++) {
                                values.add(row.getString(column));
                            }
                            return Map.entry(row.getLong(1), GramIndex.text(values.stream()));
                        })
                        .list()
                        .stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        return Stream.iterate(0, from -> from < ids.size(), from -> from + CHUNK)
                .map(from -> ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                .toList();
    }

    /** A new index queues every row, to be built from them; an existing one catches up on the queue. */
    public synchronized void start() {
        if (index.created() && !rebuildQueued) {
            rebuildQueued = true;
            transaction.executeWithoutResult(status -> {
                jdbc.sql("delete from " + queue).update();
                int rows = jdbc.sql("insert into " + queue + " (" + queueColumn + ") select id from " + table)
                        .update();
                log.info("Text index of {} is new: indexing {} rows in the background", table, rows);
            });
        }
        indexer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name(table + "-text-index").daemon(true).factory());
        indexer.scheduleWithFixedDelay(this::drainLogged, 0, 1, TimeUnit.SECONDS);
    }

    private void drainLogged() {
        try {
            drain();
        } catch (IOException | RuntimeException e) {
            log.warn("Text index of {} fell behind; searches read the queued rows until it catches up", table, e);
        }
    }

    public synchronized void stop() {
        if (indexer == null) {
            return;
        }
        indexer.shutdown();
        try {
            indexer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        indexer = null;
    }

    public synchronized boolean isRunning() {
        return indexer != null;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
