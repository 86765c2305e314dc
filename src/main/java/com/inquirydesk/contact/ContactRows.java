package com.inquirydesk.contact;

import com.inquirydesk.base.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows a client's first inquiry creates, each inserted only when it is not there yet, in the intake's
 * transaction: two inquiries from one new address at the same moment make one contact, and neither fails.
 * PostgreSQL says so in SQL ({@code on conflict do nothing}, which waits for the other transaction); H2 has no
 * such clause, but leaves the transaction usable after a statement that failed, so the loser's duplicate key is
 * simply passed over.
 */
@Component
class ContactRows {

    private final JdbcClient jdbc;
    private final boolean postgres;

    ContactRows(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database == Database.POSTGRESQL;
    }

    /**
     * Files the client under the contact of their address: inserts it, or brings the one there up to date as
     * {@link #touch} does. On PostgreSQL one statement does all of it ({@code on conflict do update}), where H2
     * takes two or three. A contact without an organisation joins the one of this domain if it exists (none for
     * a free-mail domain, given as null), so that a client of a known company costs no statement more.
     */
    Filed file(String key, ContactDetails details, @Nullable String organisationDomain) {
        if (!postgres) {
            if (!insertContact(key, details, organisationDomain)) {
                touch(key, details);
            }
            return filed(key);
        }
        return jdbc.sql("""
                        insert into contact as c (email, name, company, phone, country, language, first_contact_at,
                                                  last_contact_at, organisation_id, version)
                        values (:email, :name, :company, :phone, :country, :language, :at, :at,
                                (select id from organisation where domain = :domain), 0)
                        on conflict (email) do update set
                            name = case when c.last_contact_at <= excluded.last_contact_at
                                then excluded.name else c.name end,
                            company = case when c.last_contact_at <= excluded.last_contact_at
                                then coalesce(excluded.company, c.company) else c.company end,
                            phone = case when c.last_contact_at <= excluded.last_contact_at
                                then coalesce(excluded.phone, c.phone) else c.phone end,
                            country = case when c.last_contact_at <= excluded.last_contact_at
                                then coalesce(excluded.country, c.country) else c.country end,
                            language = case when c.last_contact_at <= excluded.last_contact_at
                                then excluded.language else c.language end,
                            first_contact_at = case when c.first_contact_at > excluded.first_contact_at
                                then excluded.first_contact_at else c.first_contact_at end,
                            last_contact_at = case when c.last_contact_at < excluded.last_contact_at
                                then excluded.last_contact_at else c.last_contact_at end,
                            organisation_id = coalesce(c.organisation_id, excluded.organisation_id),
                            version = c.version + 1
                        returning id, organisation_id
                        """)
                .params(detailsOf(key, details, organisationDomain))
                .query(FILED)
                .single();
    }

    /**
     * Inserts the contact with these details unless one with its address exists.
     *
     * @return whether it was inserted; if not, {@link #touch} brings the one there up to date
     */
    private boolean insertContact(String key, ContactDetails details, @Nullable String organisationDomain) {
        return insert("""
                insert into contact (email, name, company, phone, country, language, first_contact_at,
                                     last_contact_at, organisation_id, version)
                values (:email, :name, :company, :phone, :country, :language, :at, :at,
                        (select id from organisation where domain = :domain), 0)
                """, "email", statement -> statement.params(detailsOf(key, details, organisationDomain)));
    }

    /**
     * Brings the contact up to date with what the client gave, in one statement that takes the row's lock, so
     * that inquiries from one client at the same moment neither fail nor lose each other's details: details given
     * later replace older ones, a blank field never erases one given before, and an inquiry older than the last
     * contact (entered by staff afterwards) only moves the first contact back.
     */
    private void touch(String key, ContactDetails details) {
        jdbc.sql("""
                        update contact set
                            name = case when last_contact_at <= :at then :name else name end,
                            company = case when last_contact_at <= :at
                                then coalesce(cast(:company as varchar(200)), company) else company end,
                            phone = case when last_contact_at <= :at
                                then coalesce(cast(:phone as varchar(40)), phone) else phone end,
                            country = case when last_contact_at <= :at
                                then coalesce(cast(:country as varchar(2)), country) else country end,
                            language = case when last_contact_at <= :at then :language else language end,
                            first_contact_at = case when first_contact_at > :at then :at else first_contact_at end,
                            last_contact_at = case when last_contact_at < :at then :at else last_contact_at end,
                            version = version + 1
                        where email = :email
                        """).params(detailsOf(key, details, null)).update();
    }

    /** The client wrote again: their last contact moves, unless a later one is known. */
    void wroteAgain(long contactId, Instant at) {
        jdbc.sql("""
                        update contact set last_contact_at = :at, version = version + 1
                        where id = :id and last_contact_at < :at
                        """)
                .param("id", contactId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** The contact of an address as filed: its id and organisation. */
    private Filed filed(String key) {
        return jdbc.sql("select id, organisation_id from contact where email = ?")
                .param(key)
                .query(FILED)
                .single();
    }

    /** The address of a contact, if it still exists. */
    Optional<String> addressOf(long contactId) {
        return jdbc.sql("select email from contact where id = ?")
                .param(contactId)
                .query(String.class)
                .optional();
    }

    /** The organisation of a mail domain, if there is one. */
    Optional<Long> organisationOf(String domain) {
        return jdbc.sql("select id from organisation where domain = ?")
                .param(domain)
                .query(Long.class)
                .optional();
    }

    /** Puts the contact into an organisation. */
    void join(long contactId, long organisationId) {
        jdbc.sql("update contact set organisation_id = ? where id = ?")
                .params(organisationId, contactId)
                .update();
    }

    /** Inserts the organisation of a company domain, named after the domain, unless it exists. */
    void insertOrganisation(String domain, Instant at) {
        insert(
                """
                insert into organisation (domain, name, created_at, version) values (:domain, :domain, :at, 0)
                """,
                "domain",
                statement ->
                        statement.param("domain", domain).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    /** Records that the contact asked about the product line, unless that is known. */
    void insertInterest(long contactId, long productLineId) {
        insert(
                """
                insert into contact_interest (contact_id, product_line_id) values (:contact, :line)
                """,
                "contact_id, product_line_id",
                statement -> statement.param("contact", contactId).param("line", productLineId));
    }

    record Filed(long id, @Nullable Long organisationId) {}

    private static final RowMapper<Filed> FILED =
            (row, n) -> new Filed(row.getLong("id"), row.getObject("organisation_id", Long.class));

    /**
     * The parameters of the statements that write a contact's details: email (the key), name, … at, and the
     * domain of the organisation the contact is to join if it has none.
     */
    private static Map<String, @Nullable Object> detailsOf(
            String key, ContactDetails details, @Nullable String organisationDomain) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("domain", organisationDomain);
        params.put("email", key);
        params.put("name", details.name());
        params.put("company", details.company());
        params.put("phone", details.phone());
        params.put("country", details.country());
        params.put("language", details.language().name());
        params.put("at", OffsetDateTime.ofInstant(details.at(), ZoneOffset.UTC));
        return params;
    }

    /** @return whether the row was inserted, not there yet */
    private boolean insert(String sql, String key, UnaryOperator<JdbcClient.StatementSpec> params) {
        if (postgres) {
            return params.apply(jdbc.sql(sql.strip() + " on conflict (" + key + ") do nothing"))
                            .update()
                    == 1;
        }
        try {
            return params.apply(jdbc.sql(sql)).update() == 1;
        } catch (DuplicateKeyException present) {
            // there already, perhaps since a moment ago: what was wanted
            return false;
        }
    }
}
