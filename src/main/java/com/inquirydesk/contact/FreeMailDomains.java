package com.inquirydesk.contact;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail domains anyone can have an address on (163.com, qq.com, gmail.com, …): a contact there belongs to no
 * organisation. The list is a table, seeded by the migration, that administrators extend; read once and kept.
 */
@Component
class FreeMailDomains {

    private final JdbcClient jdbc;
    private volatile Set<String> domains;

    FreeMailDomains(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.domains = load();
    }

    boolean contains(String domain) {
        return domains.contains(domain);
    }

    List<String> all() {
        return domains.stream().sorted().toList();
    }

    private Set<String> load() {
        return Set.copyOf(jdbc.sql("select domain from free_mail_domain")
                .query(String.class)
                .list());
    }
}
