package com.inquirydesk.contact;

import com.inquirydesk.base.Database;
import com.inquirydesk.base.search.GramIndex;
import com.inquirydesk.base.search.QueuedGramIndex;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which contacts may hold a searched text, from the database's text index, so that the grid's {@code like} checks
 * those alone instead of every contact. On PostgreSQL: the trigram index of migration
 * {@code db/vendor/postgresql/V19} for a text of three characters or more, its index of characters and pairs for
 * a shorter one. On H2: a Lucene index of the same fields' grams in {@code inquiry.search.contact-directory} (in
 * memory when that is empty, as for the tests' in-memory databases), kept in step through
 * {@code contact_search_queue} and rebuilt from the table when missing. On both, the organisations whose name
 * holds the text are read from their own small table, and their contacts added from the organisation's index.
 */
@Component
class ContactTextIndex implements SmartLifecycle, AutoCloseable {

    /** The searched columns of a contact, in the order of the indexed text. */
    static final List<String> COLUMNS = List.of("NAME", "EMAIL", "COMPANY", "PHONE");

    /**
     * At most this many contacts (or organisations) are handed to the query as ids. More means the text is common,
     * and the grid's {@code like}, walking the newest contacts first, meets its page's rows soon enough.
     */
    static final int MAX = 1_000;

    private final JdbcClient jdbc;
    /** H2's index; null on PostgreSQL, which indexes the text itself. */
    private final @Nullable QueuedGramIndex lucene;

    private boolean running;

    ContactTextIndex(
            JdbcClient jdbc,
            Database database,
            TransactionTemplate transaction,
            @Value("${inquiry.search.contact-directory:}") String directory)
            throws IOException {
        this.jdbc = jdbc;
        if (database == Database.POSTGRESQL) {
            this.lucene = null;
        } else {
            this.lucene = new QueuedGramIndex(
                    new GramIndex(GramIndex.files(directory)),
                    jdbc,
                    transaction,
                    "contact",
                    COLUMNS,
                    "contact_search_queue",
                    "contact_id");
        }
    }

    /**
     * The contacts that may hold the lower-case text, in their own fields or their organisation's name: every
     * contact that does is among them. Empty when there are too many, while H2's index is being built, or when the text
     * holds a control character (the indexes' texts are cut at U+001F between fields and at U+001E between pairs).
     *
     * @param pattern the text as the grid's {@code like} pattern ({@code %text%}, escaped with {@code \})
     */
    Optional<List<Long>> candidates(String lowered, String pattern) {
        if (!GramIndex.narrowable(lowered)) {
            return Optional.empty();
        }
        Collection<Long> contacts;
        if (lucene != null) {
            var found = lucene.candidates(lowered, MAX);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            contacts = found.get();
        } else {
            contacts = postgresCandidates(lowered, pattern);
        }
        if (contacts.size() > MAX) {
            return Optional.empty();
        }
        List<Long> organisations = jdbc.sql(
                        "select id from organisation where lower(name) like ? escape '\\' fetch first ? rows only")
                .params(pattern, MAX + 1)
                .query(Long.class)
                .list();
        if (organisations.size() > MAX) {
            return Optional.empty();
        }
        var all = new LinkedHashSet<>(contacts);
        if (!organisations.isEmpty()) {
            // their contacts by the organisation's index, so that the grid's query has one list of ids to look up
            all.addAll(jdbc.sql(
                            "select id from contact where organisation_id in (:organisations) fetch first :max rows only")
                    .param("organisations", organisations)
                    .param("max", MAX + 1)
                    .query(Long.class)
                    .list());
        }
        return all.size() > MAX ? Optional.empty() : Optional.of(List.copyOf(all));
    }

    private List<Long> postgresCandidates(String lowered, String pattern) {
        String sql = lowered.length() > 2 ? """
                select id from contact
                where contact_search_text(name, email, company, phone) like ? escape '\\'
                fetch first ? rows only""" : """
                select id from contact
                where search_grams(contact_search_text(name, email, company, phone)) @> array[cast(? as text)]
                fetch first ? rows only""";
        return jdbc.sql(sql)
                .params(lowered.length() > 2 ? pattern : lowered, MAX + 1)
                .query(Long.class)
                .list();
    }

    /** Contacts queued for H2's index and not indexed yet (none on PostgreSQL). */
    long waiting() {
        return lucene == null ? 0 : lucene.waiting();
    }

    /** Brings H2's index up to date with the queue now. */
    void drain() throws IOException {
        if (lucene != null) {
            lucene.drain();
        }
    }

    @Override
    public synchronized void start() {
        if (lucene != null) {
            lucene.start();
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (lucene != null) {
            lucene.stop();
        }
        running = false;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public void close() throws IOException {
        if (lucene != null) {
            lucene.close();
        }
    }
}
