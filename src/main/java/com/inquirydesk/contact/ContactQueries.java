package com.inquirydesk.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts grid's reads: a page at a time, newest contact first, counting nothing. Each condition has an index
 * behind it (country, organisation, product line of interest, last contact); the text search's is
 * {@link ContactTextIndex}, which names the candidates its {@code like} checks.
 */
@Component
class ContactQueries {

    private static final String SELECT = """
            select c.id, c.name, c.email, c.company, c.phone, c.country, c.language, c.organisation_id,
                   o.name as organisation, c.first_contact_at, c.last_contact_at
            from contact c left join organisation o on o.id = c.organisation_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final ContactTextIndex textIndex;

    ContactQueries(JdbcClient jdbc, DataSource dataSource, ContactTextIndex textIndex) {
        this.jdbc = jdbc;
        this.textIndex = textIndex;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
    }

    List<ContactRow> page(ContactFilter filter, int offset, int limit) {
        return page(filter, offset, limit, null);
    }

    /**
     * A page of the grid. With the keys of the pages loaded before, a page continues after the row before its
     * nearest known boundary instead of counting past every row from the first (see {@link ContactPageKeys}).
     */
    List<ContactRow> page(ContactFilter filter, int offset, int limit, @Nullable ContactPageKeys keys) {
        var params = new ArrayList<Object>();
        String where = where(filter, params);
        int skip = offset;
        var boundary = keys == null ? null : keys.nearestAtOrBefore(offset, filter);
        if (boundary != null) {
            OffsetDateTime at = OffsetDateTime.ofInstant(boundary.getValue().lastContactAt(), ZoneOffset.UTC);
            where = (where.isEmpty() ? " where " : where + " and ")
                    // the first bound alone is a range on the index; the rest picks the rows after the key
                    + "c.last_contact_at <= ? and (c.last_contact_at < ? or c.id < ?)";
            params.add(at);
            params.add(at);
            params.add(boundary.getValue().id());
            skip = offset - boundary.getKey();
        }
        String sql = SELECT + where + orderBy(filter) + " offset ? rows fetch next ? rows only";
        params.add(skip);
        params.add(limit);
        List<ContactRow> rows =
                jdbc.sql(sql).params(params).query(ContactQueries::row).list();
        if (keys != null && !rows.isEmpty()) {
            ContactRow last = rows.getLast();
            keys.remember(offset + rows.size(), new ContactPageKeys.Key(last.lastContactAt(), last.id()), filter);
        }
        return rows;
    }

    /**
     * Hands every contact the filter selects to {@code each}, in the grid's order, read through a cursor a few
     * hundred rows at a time: memory does not grow with the rows. Call it in a transaction (PostgreSQL's cursor
     * needs one).
     */
    void forEach(ContactFilter filter, Consumer<ContactRow> each) {
        var params = new ArrayList<Object>();
        String sql = SELECT + where(filter, params) + orderBy(filter);
        streaming.query(
                sql,
                (ResultSet rows) -> {
                    each.accept(row(rows, 0));
                },
                params.toArray());
    }

    /**
     * Newest contact first. Without a text, a column the filter fixes to one value leads, as it leads the filter's
     * index: H2 then reads the page in the index's order instead of sorting every match (a country's 100,000
     * contacts took 1.2 s at a million). A text search's candidates are looked up by id and sorted.
     */
    private static String orderBy(ContactFilter filter) {
        String fixed = "";
        if (filter.text() == null && filter.organisationId() != null) {
            fixed = "c.organisation_id desc, ";
        } else if (filter.text() == null && filter.country() != null) {
            fixed = "c.country desc, ";
        }
        return " order by " + fixed + "c.last_contact_at desc, c.id desc";
    }

    private String where(ContactFilter filter, List<Object> params) {
        var where = new ArrayList<String>();
        if (filter.text() != null) {
            String lowered = filter.text().strip().toLowerCase(Locale.ROOT);
            String pattern = "%" + escape(lowered) + "%";
            textIndex.candidates(lowered, pattern).ifPresent(ids -> {
                where.add(ids.isEmpty() ? "1 = 0" : "c.id in (" + placeholders(ids.size()) + ")");
                params.addAll(ids);
            });
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
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
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
