package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Component;

/**
 * Hands a query's rows on as they are read, for exports and statistics: memory does not grow with the number of
 * rows. On PostgreSQL the fetch size makes the driver use a cursor. On H2 the query runs in its lazy mode for
 * this: by default H2 computes a whole result before handing out its first row and keeps up to some 100,000 rows
 * of it in memory; lazily, a million rows are read about twice as fast, with no such buffer.
 */
@Component
public class StreamedResults {

    /** Rows fetched per round trip. */
    private static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final boolean h2;

    StreamedResults(EntityManager entityManager, Database database) {
        this.entityManager = entityManager;
        this.h2 = database == Database.H2;
    }

    /** Hands each row of the query to {@code each}, in order; call it inside a transaction. */
    public <T> void forEach(TypedQuery<T> query, Consumer<T> each) {
        var session = entityManager.unwrap(Session.class);
        if (h2) {
            session.doWork(connection -> lazyExecution(connection, true));
        }
        try (Stream<T> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            rows.forEach(each);
        } finally {
            if (h2) {
                session.doWork(connection -> lazyExecution(connection, false));
            }
        }
    }

    private static void lazyExecution(Connection connection, boolean lazy) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
        }
    }
}
