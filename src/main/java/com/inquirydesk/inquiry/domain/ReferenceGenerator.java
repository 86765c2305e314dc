package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.CompanyZone;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Hands out inquiry references such as {@code INQ-2026-000123}: the year the inquiry arrived (in the
 * company's time zone) and a number from a database sequence, so a reference is never given twice, not
 * even across several application instances.
 */
@Component
public class ReferenceGenerator {

    private final EntityManager entityManager;
    private final CompanyZone company;
    private final String nextValueSql;

    ReferenceGenerator(EntityManager entityManager, CompanyZone company) {
        this.entityManager = entityManager;
        this.company = company;
        var dialect = entityManager
                .getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        this.nextValueSql = dialect.getSequenceSupport().getSequenceNextValString("inquiry_reference_seq");
    }

    /** The next reference; call inside the transaction that stores the inquiry. */
    public String next(Instant receivedAt) {
        Number number = (Number) entityManager.createNativeQuery(nextValueSql).getSingleResult();
        int year = Year.now(Clock.fixed(receivedAt, company.zone())).getValue();
        return "INQ-%d-%06d".formatted(year, number.longValue());
    }
}
