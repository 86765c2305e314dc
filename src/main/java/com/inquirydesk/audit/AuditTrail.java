package com.inquirydesk.audit;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.staff.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link AdministrativeChange} in the transaction that makes the change, so that a change
 * without its audit entry cannot commit, and lets administrators read the trail.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    static final String SYSTEM_ACTOR = "system";

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    AuditTrail(
            AuditEntryRepository entries,
            EntityManager entityManager,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AdministrativeChange change) {
        String actor = actor();
        entries.save(new AuditEntry(clock.instant(), actor, change.action(), change.target(), change.details()));
        log.info("Audit: {} {} {}", actor, change.action(), change.target());
    }

    /**
     * A page of the trail, newest first.
     *
     * @param actor only this user's changes, or all when null
     * @param action only this action, or all when null
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<AuditRecord> newestFirst(@Nullable String actor, @Nullable String action, int offset, int limit) {
        var jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (actor != null) {
            jpql.append(" and e.actor = :actor");
        }
        if (action != null) {
            jpql.append(" and e.action = :action");
        }
        var query = entityManager
                .createQuery(
                        jpql.append(" order by e.occurredAt desc, e.id desc").toString(), AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultStream().map(AuditEntry::toRecord).toList();
    }

    /** The actions recorded so far, for the filter. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions();
    }

    private String actor() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM_ACTOR : authentication.getName();
    }
}
