package com.inquirydesk.inquiry.search;

import com.inquirydesk.base.search.GramIndex;
import com.inquirydesk.base.search.QueuedGramIndex;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.TextSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.Directory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search on H2: a {@link QueuedGramIndex} of the inquiries names the candidates, and the {@code like} of
 * {@link TextSearch#anyFieldContains} checks them. The index follows the table through
 * {@code inquiry_search_queue}, which H2's {@link SearchQueueTrigger} fills in the changing transaction; the queued
 * inquiries are candidates too, so a search sees every committed change at once. When the index is missing it is
 * rebuilt from the table, in the background, and searches read the table as before until it is done.
 */
final class LuceneTextSearch implements TextSearch, SmartLifecycle, AutoCloseable {

    /** The searched columns, in the order of the indexed text. */
    static final List<String> COLUMNS = List.of("REFERENCE", "CONTACT_NAME", "COMPANY", "EMAIL", "SUBJECT", "MESSAGE");

    private final QueuedGramIndex index;

    private LuceneTextSearch(QueuedGramIndex index) {
        this.index = index;
    }

    /** The search over an index in these files, opened (or created) here. */
    static LuceneTextSearch in(Directory files, JdbcClient jdbc, TransactionTemplate transaction) {
        return new LuceneTextSearch(new QueuedGramIndex(
                new GramIndex(files), jdbc, transaction, "inquiry", COLUMNS, "inquiry_search_queue", "inquiry_id"));
    }

    @Override
    public Predicate contains(String lowered, CriteriaBuilder cb, Root<Inquiry> inquiry) {
        return Candidates.narrowed(candidates(lowered), lowered, cb, inquiry);
    }

    /** The inquiries queued and those the index finds, or empty when there are too many. */
    Optional<Set<Long>> candidates(String lowered) {
        return index.candidates(lowered, Candidates.MAX);
    }

    @Override
    public long waiting() {
        return index.waiting();
    }

    /** Indexes what is queued, until the queue is empty. */
    void drain() throws IOException {
        index.drain();
    }

    @Override
    public void start() {
        index.start();
    }

    @Override
    public void stop() {
        index.stop();
    }

    @Override
    public boolean isRunning() {
        return index.isRunning();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
