package com.inquirydesk.contact;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.AdministrativeChange.Action;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.base.EmailAddresses;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.staff.Role;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' list of free-mail domains, each change in the audit trail. A domain added takes its people out
 * of the organisation it made, which goes; a domain removed groups its people into one, as the next inquiry from
 * it would. This instance reads the list again when the change is committed, the others within
 * {@link FreeMailDomains#MAX_AGE}.
 */
@Service
@Secured(Role.ADMIN_AUTHORITY)
@Transactional
class FreeMailAdministration {

    /** Long enough for any domain a client writes from, short enough for the audit trail to name it. */
    static final int DOMAIN_MAX_LENGTH = 180;

    private final JdbcClient jdbc;
    private final ContactRows rows;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    FreeMailAdministration(JdbcClient jdbc, ContactRows rows, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<String> domains() {
        return jdbc.sql("select domain from free_mail_domain order by domain")
                .query(String.class)
                .list();
    }

    /**
     * Adds a domain anyone can have an address on; its people leave the organisation it made.
     *
     * @return the domain as stored: without blanks or a leading {@code @}, in lower case
     * @throws InvalidInputException when it is not a mail domain or is listed already; nothing is changed
     */
    String add(String raw) {
        String domain = clean(raw);
        try {
            jdbc.sql("insert into free_mail_domain (domain) values (?)")
                    .param(domain)
                    .update();
        } catch (DuplicateKeyException listed) {
            throw new InvalidInputException("domain", "freeMail.known");
        }
        jdbc.sql("""
                        update contact set organisation_id = null, version = version + 1
                        where organisation_id = (select id from organisation where domain = :domain)
                        """).param("domain", domain).update();
        jdbc.sql("delete from organisation where domain = ?").param(domain).update();
        publisher.publishEvent(new AdministrativeChange(Action.FREE_MAIL_DOMAIN_ADDED, Target.MAIL_DOMAIN.of(domain)));
        return domain;
    }

    /**
     * Takes a domain off the list; its people form an organisation named after it, as a company's do.
     *
     * @throws InvalidInputException when it is not listed (any more); nothing is changed
     */
    void remove(String domain) {
        if (jdbc.sql("delete from free_mail_domain where domain = ?")
                        .param(domain)
                        .update()
                == 0) {
            throw new InvalidInputException("domain", "freeMail.gone");
        }
        // one pass over the contacts (a suffix has no index): the organisation goes again when nobody joined it
        rows.insertOrganisation(domain, clock.instant());
        int joined = jdbc.sql("""
                        update contact set organisation_id = (select id from organisation where domain = :domain),
                            version = version + 1
                        where email like :suffix
                        """)
                .param("domain", domain)
                .param("suffix", "%@" + domain)
                .update();
        if (joined == 0) {
            jdbc.sql("delete from organisation where domain = ?").param(domain).update();
        }
        publisher.publishEvent(
                new AdministrativeChange(Action.FREE_MAIL_DOMAIN_REMOVED, Target.MAIL_DOMAIN.of(domain)));
    }

    /** The domain in the form contacts' addresses have it, or a refusal when no address could have it. */
    private static String clean(String raw) {
        var input = new FormInput();
        String domain = input.text("domain", raw, DOMAIN_MAX_LENGTH, true).toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
            domain = domain.substring(1);
        }
        if (!input.refused("domain")
                && EmailAddresses.normalize("postmaster@" + domain).isEmpty()) {
            input.refuse("domain", "freeMail.invalid");
        }
        input.check();
        return domain;
    }
}
