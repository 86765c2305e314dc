package com.inquirydesk.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.base.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contacts grid's text search finds exactly the contacts whose name, address, company, phone or organisation
 * holds the text, in the grid's order, whether the text index narrows the search or not: each search is compared
 * with the same {@code like} over every contact, without the index. The texts that are rare are shown to be narrowed
 * by the index, and a common one not; a change is found at once, before H2's index has taken it in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactSearchIT {

    /** Unique to this run: other tests' contacts share the database. */
    private static final String MARK = "qz" + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    ContactQueries queries;

    @Autowired
    ContactTextIndex textIndex;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    void contacts() {
        Instant now = Instant.now();
        long organisation = organisation(MARK + "-works.example.com", "Zenith " + MARK + " Ceramics 龘炉");
        contact("Wang " + MARK, "wang@" + MARK + ".example.org", null, null, null, now);
        contact("Li Na", "li." + MARK + "@163.com", null, "+86 21 5555 0101", null, now.minusSeconds(1));
        contact("Zhou", "zhou@" + MARK + "-works.example.com", null, null, organisation, now.minusSeconds(2));
        contact("Chen", "chen@" + MARK + "-works.example.com", "Zenith Ltd", null, organisation, now.minusSeconds(3));
        contact("龘" + MARK, MARK + "-a@163.com", "鑫龘坩埚", null, null, now.minusSeconds(4));
        contact("Percent", MARK + "-b@163.com", "100% " + MARK + "_co", null, null, now.minusSeconds(5));
        contact("Müller " + MARK.toUpperCase(Locale.ROOT), MARK + "-c@163.com", null, null, null, now.minusSeconds(6));
        // more contacts holding one text than the index hands to the query
        long large = organisation(MARK + "-large.example.com", "Large " + MARK + " Trading");
        var many = new ArrayList<Object[]>();
        for (int i = 0; i <= ContactTextIndex.MAX; i++) {
            Timestamp at = Timestamp.from(now.minus(Duration.ofMinutes(10 + i)));
            many.add(new Object[] {MARK + "-many-" + i + "@163.com", "Many " + i, "EN", large, at, at});
        }
        jdbc.batchUpdate(
                "insert into contact (email, name, language, organisation_id, first_contact_at, last_contact_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, 0)",
                many);
        // H2's index takes the queue in the background; a search meanwhile reads the queued contacts
        assertThat(ids(MARK + "-many")).hasSize(ContactTextIndex.MAX + 1);
        drain();
    }

    private void drain() {
        try {
            textIndex.drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(textIndex.waiting()).isZero();
    }

    @AfterAll
    void removeContacts() {
        jdbc.update("delete from contact where email like ?", "%" + MARK + "%");
        jdbc.update("delete from organisation where domain like ?", "%" + MARK + "%");
    }

    @Test
    void every_search_finds_what_the_like_over_every_contact_finds() {
        List<String> texts = List.of(
                MARK, // names, addresses, companies and an organisation
                "wang " + MARK,
                MARK.toUpperCase(Locale.ROOT),
                "@" + MARK + "-works",
                "zenith", // an organisation's name and a company
                "ceramics 龘炉", // no contact's own field, only the organisation's name
                "5555 01", // a phone number's part
                "龘", // one character: the index of characters
                "龘炉", // two, in an organisation's name only
                "鑫龘", // two, in a company
                "龘龘", // two nobody wrote
                "zzq" + MARK, // three or more nobody wrote
                "100% " + MARK, // a pattern character taken as itself
                MARK + "_co",
                MARK + "%co",
                MARK + "-many", // more than the index hands on
                "large " + MARK, // an organisation with more contacts than that
                "\u0001" + MARK); // a control character: no index
        for (String text : texts) {
            assertThat(ids(text)).as(text).isEqualTo(everyContactLike(text)).hasSizeLessThanOrEqualTo(2_000);
        }
        assertThat(ids(MARK)).hasSizeGreaterThan(ContactTextIndex.MAX);
        assertThat(ids("龘")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ids("龘龘")).isEmpty();
        assertThat(ids("large " + MARK)).hasSize(ContactTextIndex.MAX + 1);
        assertThat(ids("ceramics 龘炉")).hasSize(2);
    }

    @Test
    void the_index_narrows_a_rare_text_and_leaves_a_common_one() {
        for (String text : List.of("wang " + MARK, "龘", "龘龘", "zzq" + MARK, "zenith " + MARK)) {
            assertThat(textIndex.candidates(text, pattern(text))).as(text).isPresent();
        }
        assertThat(textIndex.candidates("wang " + MARK, pattern("wang " + MARK)))
                .hasValueSatisfying(found -> assertThat(found).hasSize(1));
        assertThat(textIndex.candidates("large " + MARK, pattern("large " + MARK)))
                .isEmpty();
        assertThat(textIndex.candidates(MARK + "-many", pattern(MARK + "-many")))
                .isEmpty();
        assertThat(textIndex.candidates("\u0001" + MARK, pattern("\u0001" + MARK)))
                .isEmpty();
        // in no contact's own fields: the organisation's two contacts
        assertThat(textIndex.candidates("zenith " + MARK, pattern("zenith " + MARK)))
                .hasValueSatisfying(found -> assertThat(found).hasSize(2));
    }

    @Test
    void a_changed_contact_is_found_by_what_it_holds_now_before_and_after_the_index_catches_up() {
        String before = "Old " + MARK + "name";
        String after = "New " + MARK + "name";
        contact(
                before,
                MARK + "-changed@163.com",
                null,
                null,
                null,
                Instant.now().minusSeconds(7));
        drain();
        jdbc.update("update contact set name = ? where email = ?", after, MARK + "-changed@163.com");
        assertThat(ids(before)).isEmpty();
        assertThat(ids(after)).hasSize(1);
        drain();
        assertThat(ids(before)).isEmpty();
        assertThat(ids(after)).hasSize(1);
        jdbc.update("delete from contact where email = ?", MARK + "-changed@163.com");
        assertThat(ids(after)).isEmpty();
        drain();
        assertThat(ids(after)).isEmpty();
        String lowered = after.toLowerCase(Locale.ROOT);
        assertThat(textIndex.candidates(lowered, pattern(lowered)))
                .hasValueSatisfying(found -> assertThat(found).isEmpty());
    }

    @Test
    void a_country_or_an_organisation_lists_its_contacts_newest_first_page_after_page() {
        jdbc.update("update contact set country = 'IS' where email like ? and mod(id, 3) = 0", MARK + "-many-%");
        long large = jdbc.queryForObject(
                "select id from organisation where domain = ?", Long.class, MARK + "-large.example.com");
        for (var filter : List.of(
                new ContactFilter(null, "IS", null, null, null), new ContactFilter(null, null, large, null, null))) {
            List<Long> expected = jdbc.queryForList(
                    "select id from contact where "
                            + (filter.country() != null ? "country = ?" : "organisation_id = ?")
                            + " order by last_contact_at desc, id desc",
                    Long.class,
                    filter.country() != null ? filter.country() : filter.organisationId());
            assertThat(expected).hasSizeGreaterThan(300);
            var keys = new ContactPageKeys();
            var pages = new ArrayList<Long>();
            for (int offset = 0; offset < expected.size(); offset += 100) {
                queries.page(filter, offset, 100, keys).forEach(row -> pages.add(row.id()));
            }
            assertThat(pages).as(filter.toString()).isEqualTo(expected);
        }
    }

    @Test
    void h2_builds_a_missing_index_from_the_table() throws IOException {
        Assumptions.assumeFalse(TestProfiles.onPostgres(), "H2's Lucene index");
        textIndex.stop();
        try (var rebuilt = new ContactTextIndex(jdbcClient, Database.H2, transaction, "")) {
            // this class's contacts left the queue into the context's index before: only the rebuild, which
            // queues every contact when the index is new, can bring them into this one
            rebuilt.start();
            rebuilt.stop();
            rebuilt.drain();
            assertThat(rebuilt.waiting()).isZero();
            assertThat(rebuilt.candidates("wang " + MARK, pattern("wang " + MARK)))
                    .hasValueSatisfying(found -> assertThat(found).hasSize(1));
        } finally {
            textIndex.start();
        }
    }

    private List<Long> ids(String text) {
        return queries.page(new ContactFilter(text, null, null, null, null), 0, 2_000).stream()
                .map(ContactRow::id)
                .toList();
    }

    /** The grid's condition over every contact, without an index to narrow it. */
    private List<Long> everyContactLike(String text) {
        String pattern = pattern(text.strip().toLowerCase(Locale.ROOT));
        return jdbc.queryForList("""
                select c.id from contact c left join organisation o on o.id = c.organisation_id
                where lower(c.name) like ? escape '\\' or lower(c.email) like ? escape '\\'
                    or lower(c.company) like ? escape '\\' or lower(o.name) like ? escape '\\'
                    or lower(c.phone) like ? escape '\\'
                order by c.last_contact_at desc, c.id desc fetch first 2000 rows only""", Long.class, pattern, pattern, pattern, pattern, pattern);
    }

    private static String pattern(String lowered) {
        return "%" + lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private long organisation(String domain, String name) {
        jdbc.update(
                "insert into organisation (domain, name, created_at, version) values (?, ?, ?, 0)",
                domain,
                name,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from organisation where domain = ?", Long.class, domain);
    }

    private void contact(
            String name,
            String email,
            @Nullable String company,
            @Nullable String phone,
            @Nullable Long organisation,
            Instant at) {
        jdbc.update("""
                insert into contact (email, name, company, phone, language, organisation_id, first_contact_at,
                                     last_contact_at, version)
                values (?, ?, ?, ?, 'EN', ?, ?, ?, 0)""", email, name, company, phone, organisation, Timestamp.from(at), Timestamp.from(at));
    }
}
