package com.inquirydesk.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.TestProfiles;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that brings the answers' tally (V20) to an installation with answered inquiries: it counts them
 * per month received (UTC), spam or not, product line and half hour of response, and nothing unanswered. Runs on
 * a fresh H2 database, or a fresh schema of the PostgreSQL test database with -Ppostgres.
 */
class AnswerTallyMigrationIT {

    @Test
    void the_answers_so_far_are_counted_per_month_spam_line_and_half_hour() {
        String schema = "migration_" + UUID.randomUUID().toString().substring(0, 8);
        boolean postgres = TestProfiles.onPostgres();
        DriverManagerDataSource dataSource = postgres
                ? new DriverManagerDataSource(
                        System.getenv("INQUIRY_TEST_PG_URL"),
                        System.getenv("INQUIRY_TEST_PG_USER"),
                        System.getenv("INQUIRY_TEST_PG_PASSWORD"))
                : new DriverManagerDataSource("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "");
        if (postgres) {
            // the triggers' functions name their tables as the app's do, found on the search path; pg_trgm's
            // operators (V17) are where the app's first migration put them, in public, whichever test runs first
            JdbcClient.create(dataSource)
                    .sql("create extension if not exists pg_trgm with schema public")
                    .update();
            Properties schemaFirst = new Properties();
            schemaFirst.setProperty("currentSchema", schema + ",public");
            dataSource.setConnectionProperties(schemaFirst);
        }
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"));
        // H2's database is new and its own; on the shared PostgreSQL database a new schema is
        var flyway = postgres ? configuration.schemas(schema) : configuration;
        String in = postgres ? schema + "." : "";
        flyway.target("19").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // the last minutes of January in UTC are February in Shanghai: the tally's months are UTC's
        inquiry(jdbc, in, 1, "2026-01-31 23:50:00+00", "WON", 29);
        inquiry(jdbc, in, 2, "2026-01-10 10:00:00+00", "QUOTED", 0);
        inquiry(jdbc, in, 3, "2026-02-01 00:10:00+00", "LOST", 30);
        inquiry(jdbc, in, 4, "2026-02-01 08:00:00+08", "SPAM", 45);
        inquiry(jdbc, in, 5, "2026-02-14 12:00:00+00", "CLOSED", 59);
        inquiry(jdbc, in, 6, "2026-02-15 12:00:00+00", "NEW", null);

        flyway.target("20").load().migrate();

        assertThat(jdbc.sql(
                                "select cast(received_month as varchar(10)) || case when spam then ' spam ' else ' ' end || half_hour || ' '"
                                        + " || answers from " + in
                                        + "answer_tally order by received_month, spam, half_hour")
                        .query(String.class)
                        .list())
                .containsExactly("2026-01-01 0 2", "2026-02-01 1 2", "2026-02-01 spam 1 1");
        if (postgres) {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
    }

    private static void inquiry(JdbcClient jdbc, String in, int n, String at, String status, Integer minutes) {
        jdbc.sql("insert into " + in + "inquiry (reference, received_at, language, contact_name, email,"
                        + " product_line_id, subject, message, consent_version, consent_at, status, priority, source,"
                        + " spam, content_hash, version, first_response_minutes) select ?, cast(? as timestamp with"
                        + " time zone), 'EN', 'Li Wei', 'li.wei@example.com', id, 'Subject', 'Message', 'v1',"
                        + " cast(? as timestamp with time zone), ?, 'NORMAL', 'FORM', false, 'hash', 0, ? from " + in
                        + "product_line where code = 'ceramics'")
                .params("INQ-2026-00000" + n, at, at, status, minutes)
                .update();
    }
}
