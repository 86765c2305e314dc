package com.inquirydesk.inquiry.search;

import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.TextSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search on H2: a {@link GramIndex} names the candidates, and the {@code like} of
 * {@link TextSearch#anyFieldContains} checks them. The index follows the database through
 * {@code inquiry_search_queue}, which H2's trigger fills in the changing transaction; a search adds the inquiries
 * still queued to the candidates, so it sees every committed change at once. When the index is missing it is
 * rebuilt from the table, in the background, and searches read the table as before until it is done.
 */
final class LuceneTextSearch implements TextSearch, SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneTextSearch.class);

    /** Queued inquiries indexed per commit of the index. */
    private static final int BATCH = 2_000;
    /** Ids per {@code in (…)} list of the indexer's statements. */
    private static final int CHUNK = 500;

    private final GramIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private ScheduledExecutorService indexer;
    private boolean rebuildQueued;

    LuceneTextSearch(GramIndex index, JdbcClient jdbc, TransactionTemplate transaction) {
        this.index = index;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public Predicate contains(String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        return Candidates.narrowed(candidates(lowered), lowered, cb, inquiry);
    }

    /**
     * The queued inquiries and those the index finds, or empty when there are too many. The queue is read first:
     * an inquiry leaves it only after the index holds it, so it is in one of the two.
     */
    Optional<Set<Long>> candidates(String lowered) {
        if (!Candidates.narrowable(lowered)) {
            return Optional.empty();
        }
        List<Long> queued = jdbc.sql("select distinct inquiry_id from inquiry_search_queue fetch first ? rows only")
                .param(Candidates.MAX + 1)
                .query(Long.class)
                .list();
        if (queued.size() > Candidates.MAX) {
            return Optional.empty();
        }
        try {
            return index.candidates(lowered, Candidates.MAX - queued.size()).map(found -> {
                Set<Long> ids = new LinkedHashSet<>(queued);
                ids.addAll(found);
                return ids;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
    }

    @Override
    public long waiting() {
        return jdbc.sql("select count(*) from inquiry_search_queue")
                .query(Long.class)
                .single();
    }

    /** Indexes what is queued, a batch at a time, until the queue is empty. */
    void drain() throws IOException {
        while (true) {
            List<long[]> queued = jdbc.sql(
                            "select id, inquiry_id from inquiry_search_queue order by id fetch first ? rows only")
                    .param(BATCH)
                    .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)})
                    .list();
            if (queued.isEmpty()) {
                return;
            }
            Set<Long> inquiries =
                    queued.stream().map(entry -> entry[1]).collect(Collectors.toCollection(LinkedHashSet::new));
            Map<Long, String> texts = texts(inquiries);
            for (long id : inquiries) {
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
                jdbc.sql("delete from inquiry_search_queue where id in (:ids)")
                        .param("ids", chunk)
                        .update();
            }
        }
    }

    private Map<Long, String> texts(Set<Long> inquiries) {
        return chunks(List.copyOf(inquiries)).stream()
                .flatMap(chunk -> jdbc
                        .sql("""
                                select id, reference, contact_name, company, email, subject, message
                                from inquiry where id in (:ids)""")
                        .param("ids", chunk)
                        .query((row, n) -> Map.entry(
                                row.getLong(1),
                                GramIndex.text(Stream.of(
                                        row.getString(2),
                                        row.getString(3),
                                        row.getString(4),
                                        row.getString(5),
                                        row.getString(6),
                                        row.getString(7)))))
                        .list()
                        .stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        return Stream.iterate(0, from -> from < ids.size(), from -> from + CHUNK)
                .map(from -> ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                .toList();
    }

    /** A new index queues every inquiry, to be built from them; an existing one catches up on the queue. */
    @Override
    public synchronized void start() {
        if (index.created() && !rebuildQueued) {
            rebuildQueued = true;
            transaction.executeWithoutResult(status -> {
                jdbc.sql("delete from inquiry_search_queue").update();
                int queued = jdbc.sql("insert into inquiry_search_queue (inquiry_id) select id from inquiry")
                        .update();
                log.info("Text index is new: indexing {} inquiries in the background", queued);
            });
        }
        indexer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("text-index").daemon(true).factory());
        indexer.scheduleWithFixedDelay(this::drainLogged, 0, 1, TimeUnit.SECONDS);
    }

    private void drainLogged() {
        try {
            drain();
        } catch (IOException | RuntimeException e) {
            log.warn("Text index fell behind; searches read the queued inquiries until it catches up", e);
        }
    }

    @Override
    public synchronized void stop() {
        indexer.shutdown();
        try {
            indexer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        indexer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return indexer != null;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
