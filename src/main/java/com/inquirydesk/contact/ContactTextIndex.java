package com.inquirydesk.contact;

import com.inquirydesk.base.Database;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which contacts may hold a searched text, from the database's text index, so that the grid's {@code like} checks
 * those alone instead of every contact. On PostgreSQL: the trigram index of migration
 * {@code db/vendor/postgresql/V19} for a text of three characters or more, its index of characters and pairs for
 * a shorter one, and the organisations whose name holds the text (their contacts come from the organisation's
 * index). H2 has no such index yet: every search there reads the contacts.
 */
@Component
class ContactTextIndex {

    /**
     * At most this many contacts (or organisations) are handed to the query as ids. More means the text is common,
     * and the grid's {@code like}, walking the newest contacts first, meets its page's rows soon enough.
     */
    static final int MAX = 1_000;

    private final JdbcClient jdbc;
    private final boolean indexed;

    ContactTextIndex(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.indexed = database == Database.POSTGRESQL;
    }

    /**
     * The contacts, and the organisations, that may hold the lower-case text: every contact that does is among
     * them or in one of them. Empty when there is no index, when there are too many, or when the text holds a
     * control character (the index's texts are cut at U+001F between fields and at U+001E between pairs).
     *
     * @param pattern the text as the grid's {@code like} pattern ({@code %text%}, escaped with {@code \})
     */
    Optional<Candidates> candidates(String lowered, String pattern) {
        if (!indexed || lowered.isEmpty() || lowered.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        List<Long> contacts = lowered.length() > 2
                ? jdbc.sql("""
                                select id from contact
                                where contact_search_text(name, email, company, phone) like ? escape '\\'
                                fetch first ? rows only""").params(pattern, MAX + 1).query(Long.class).list()
                : jdbc.sql("""
                                select id from contact
                                where search_grams(contact_search_text(name, email, company, phone))
                                    @> array[cast(? as text)]
                                fetch first ? rows only""").params(lowered, MAX + 1).query(Long.class).list();
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
        return Optional.of(new Candidates(contacts, organisations));
    }

    /** Contacts that may hold the text, and organisations whose name holds it. */
    record Candidates(List<Long> contacts, List<Long> organisations) {}
}
