package com.inquirydesk.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.TestProfiles;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that brings contacts to an installation with inquiries: each address (in any case) becomes one
 * contact with its newest inquiry's details, company domains become organisations, and every inquiry points at
 * its contact. Runs on a fresh H2 database, or a fresh schema of the PostgreSQL test database with -Ppostgres.
 */
class ContactsMigrationIT {

    @Test
    void the_inquiries_so_far_make_one_contact_per_address_with_organisations_for_company_domains() {
        String schema = "migration_" + UUID.randomUUID().toString().substring(0, 8);
        DataSource dataSource = TestProfiles.onPostgres()
                ? new DriverManagerDataSource(
                        System.getenv("INQUIRY_TEST_PG_URL"),
                        System.getenv("INQUIRY_TEST_PG_USER"),
                        System.getenv("INQUIRY_TEST_PG_PASSWORD"))
                : new DriverManagerDataSource("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "");
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        // H2's database is new and its own; on the shared PostgreSQL database a new schema is
        var flyway = TestProfiles.onPostgres() ? configuration.schemas(schema) : configuration;
        String in = TestProfiles.onPostgres() ? schema + "." : "";
        flyway.target("14").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        inquiry(jdbc, in, 1, "Old Name", "Li.Wei@Acme.example", "2026-01-01 10:00:00+00");
        inquiry(jdbc, in, 2, "Li Wei", "li.wei@acme.example", "2026-02-01 10:00:00+00");
        inquiry(jdbc, in, 3, "Wang Fang", "wang@acme.example", "2026-03-01 10:00:00+00");
        inquiry(jdbc, in, 4, "Zhang San", "zhangsan@163.com", "2026-04-01 10:00:00+00");

        flyway.target("15").load().migrate();

        List<String> contacts = jdbc.sql("select c.email || ' ' || c.name || ' ' || coalesce(o.domain, '-') from "
                        + in + "contact c left join " + in + "organisation o on o.id = c.organisation_id"
                        + " order by c.email")
                .query(String.class)
                .list();
        assertThat(contacts)
                .containsExactly(
                        "li.wei@acme.example Li Wei acme.example",
                        "wang@acme.example Wang Fang acme.example",
                        "zhangsan@163.com Zhang San -");
        assertThat(jdbc.sql("select count(*) from " + in + "inquiry i join " + in
                                + "contact c on c.id = i.contact_id where c.email = lower(i.email)")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from " + in + "contact_interest")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        if (TestProfiles.onPostgres()) {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
    }

    private static void inquiry(JdbcClient jdbc, String in, int n, String name, String email, String at) {
        jdbc.sql("insert into " + in + "inquiry (reference, received_at, language, contact_name, email,"
                        + " product_line_id, subject, message, consent_version, consent_at, status, priority, source,"
                        + " spam, content_hash, version) select ?, cast(? as timestamp with time zone), 'EN', ?, ?,"
                        + " id, 'Subject', 'Message', 'v1', cast(? as timestamp with time zone), 'NEW', 'NORMAL',"
                        + " 'FORM', false, 'hash', 0 from " + in + "product_line where code = 'ceramics'")
                .params("INQ-2026-00000" + n, at, name, email, at)
                .update();
    }
}
