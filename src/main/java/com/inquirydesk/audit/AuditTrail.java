package com.inquirydesk.audit;

import static com.inquirydesk.base.PageReader.equalIfChosen;

import com.inquirydesk.base.AdministrativeChange;
import com.inquirydesk.base.PageReader;
import com.inquirydesk.staff.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;
    private final PageReader pages;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    AuditTrail(
            AuditEntryRepository entries,
            PageReader pages,
            Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.entries = entries;
        this.pages = pages;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AdministrativeChange change) {
        String actor = actor();
        entries.save(new AuditEntry(clock.instant(), actor, change));
        log.info("Audit: {} {} {}", actor, change.action().code(), change.target());
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
        return newestFirst(new AuditFilter(actor, action, null, null), offset, limit);
    }

    /**
     * A page of the trail, newest first, without counting the entries. Each filter has an index that ends in the
     * time of the change (V5), so a page costs the same at any length of the trail.
     */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional(readOnly = true)
    public List<AuditRecord> newestFirst(AuditFilter filter, int offset, int limit) {
        Specification<AuditEntry> where = Specification.allOf(
                equalIfChosen("actor", filter.actor()),
                equalIfChosen("action", filter.action()),
                from(filter.from()),
                before(filter.before()));
        return pages.read(AuditEntry.class, where, NEWEST_FIRST, offset, limit).stream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    private static Specification<AuditEntry> from(@Nullable Instant from) {
        return from == null
                ? Specification.unrestricted()
                : (root, query, builder) -> builder.greaterThanOrEqualTo(root.get("occurredAt"), from);
    }

    private static Specification<AuditEntry> before(@Nullable Instant before) {
        return before == null
                ? Specification.unrestricted()
                : (root, query, builder) -> builder.lessThan(root.get("occurredAt"), before);
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
