package com.inquirydesk.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail domains anyone can have an address on (163.com, qq.com, gmail.com, …): a contact there belongs to no
 * organisation. The list is a table, seeded by the migration, that administrators extend; each instance keeps it
 * and reads it again after a change here or when its copy is older than {@link #MAX_AGE}, for a change made on
 * another instance.
 */
@Component
class FreeMailDomains {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    FreeMailDomains(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = load();
    }

    boolean contains(String domain) {
        Snapshot known = snapshot;
        if (known.readAt().plus(MAX_AGE).isBefore(clock.instant())) {
            known = load();
            snapshot = known;
        }
        return known.domains().contains(domain);
    }

    /** The list was changed here: the next question reads it again. */
    void changed() {
        snapshot = new Snapshot(snapshot.domains(), Instant.MIN);
    }

    private Snapshot load() {
        return new Snapshot(
                Set.copyOf(jdbc.sql("select domain from free_mail_domain")
                        .query(String.class)
                        .list()),
                clock.instant());
    }

    private record Snapshot(Set<String> domains, Instant readAt) {}
}
