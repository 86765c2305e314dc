package com.inquirydesk.contact;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mail domains anyone can have an address on (163.com, qq.com, gmail.com, …): a contact there belongs to no
 * organisation. The list is a table, seeded by the migration, that administrators extend; each instance keeps it
 * and reads it again once a change made here is committed, or when its copy is older than {@link #MAX_AGE}, for a
 * change made on another instance.
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

    /** An administrator changed the list on this instance: it is read again once the change is committed. */
    @TransactionalEventListener
    void on(AdministrativeChange change) {
        if (Target.kindOf(change.target()).orElse(null) == Target.MAIL_DOMAIN) {
            snapshot = load();
        }
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
