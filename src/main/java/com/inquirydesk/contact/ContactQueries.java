package com.inquirydesk.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts grid's reads: a page at a time, newest contact first, counting nothing. Each condition has an index
 * behind it (country, organisation, product line of interest, last contact); the text search reads the rows.
 */
@Component
class ContactQueries {

    private static final String SELECT = """
            select c.id, c.name, c.email, c.company, c.phone, c.country, c.language, c.organisation_id,
                   o.name as organisation, c.first_contact_at, c.last_contact_at
            from contact c left join organisation o on o.id = c.organisation_id
            """;

    private final JdbcClient jdbc;

    ContactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContactRow> page(ContactFilter filter, int offset, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (filter.text() != null) {
            String pattern = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add("(lower(c.name) like ? escape '\\' or c.email like ? escape '\\'"
                    + " or lower(c.company) like ? escape '\\' or lower(o.name) like ? escape '\\'"
                    + " or c.phone like ? escape '\\')");
            for (int i = 0; i < 5; i++) {
                params.add(pattern);
            }
        }
        if (filter.country() != null) {
            where.add("c.country = ?");
            params.add(filter.country());
        }
        if (filter.organisationId() != null) {
            where.add("c.organisation_id = ?");
            params.add(filter.organisationId());
        }
        if (filter.productLineId() != null) {
            where.add("exists (select 1 from contact_interest i where i.contact_id = c.id and i.product_line_id = ?)");
            params.add(filter.productLineId());
        }
        if (filter.lastContactFrom() != null) {
            where.add("c.last_contact_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.lastContactFrom(), ZoneOffset.UTC));
        }
        String sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.last_contact_at desc, c.id desc offset ? rows fetch next ? rows only";
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql).params(params).query(ContactQueries::row).list();
    }

    Optional<ContactRow> byId(long id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query(ContactQueries::row)
                .optional();
    }

    /** Organisations whose name or domain contains the text, by name, a page at a time: for a filter's list. */
    List<OrganisationOption> organisations(@Nullable String text, int offset, int limit) {
        String pattern = "%" + escape(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("""
                        select id, name, domain from organisation
                        where lower(name) like ? escape '\\' or domain like ? escape '\\'
                        order by name, id offset ? rows fetch next ? rows only
                        """)
                .params(pattern, pattern, offset, limit)
                .query((row, n) ->
                        new OrganisationOption(row.getLong("id"), row.getString("name"), row.getString("domain")))
                .list();
    }

    Optional<OrganisationOption> organisation(long id) {
        return jdbc.sql("select id, name, domain from organisation where id = ?")
                .param(id)
                .query((row, n) ->
                        new OrganisationOption(row.getLong("id"), row.getString("name"), row.getString("domain")))
                .optional();
    }

    private static ContactRow row(ResultSet row, int n) throws SQLException {
        return new ContactRow(
                row.getLong("id"),
                row.getString("name"),
                row.getString("email"),
                row.getString("company"),
                row.getString("phone"),
                row.getString("country"),
                row.getString("language"),
                row.getObject("organisation_id", Long.class),
                row.getString("organisation"),
                row.getObject("first_contact_at", OffsetDateTime.class).toInstant(),
                row.getObject("last_contact_at", OffsetDateTime.class).toInstant(),
                InquiryCounts.NONE);
    }

    /** The text as a LIKE pattern's literal part. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record OrganisationOption(long id, String name, String domain) {}
}
