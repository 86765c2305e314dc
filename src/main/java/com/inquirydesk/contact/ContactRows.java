package com.inquirydesk.contact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
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

    ContactRows(JdbcClient jdbc, DataSource dataSource) throws Exception {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase().contains("postgres");
    }

    /** Inserts the contact with these details unless one with its address exists. */
    void insertContact(String key, ContactDetails details) {
        insert(
                """
                insert into contact (email, name, company, phone, country, language, first_contact_at,
                                     last_contact_at, version)
                values (:email, :name, :company, :phone, :country, :language, :at, :at, 0)
                """,
                "email",
                statement -> statement
                        .param("email", key)
                        .param("name", details.name())
                        .param("company", details.company())
                        .param("phone", details.phone())
                        .param("country", details.country())
                        .param("language", details.language().name())
                        .param("at", OffsetDateTime.ofInstant(details.at(), ZoneOffset.UTC)));
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

    private void insert(String sql, String key, UnaryOperator<JdbcClient.StatementSpec> params) {
        if (postgres) {
            params.apply(jdbc.sql(sql.strip() + " on conflict (" + key + ") do nothing"))
                    .update();
            return;
        }
        try {
            params.apply(jdbc.sql(sql)).update();
        } catch (DuplicateKeyException present) {
            // there already, perhaps since a moment ago: what was wanted
        }
    }
}
