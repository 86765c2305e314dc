package com.inquirydesk.inquiry.retention;

import com.inquirydesk.contact.ContactDirectory;
import com.inquirydesk.contact.PersonalDataHolder;
import com.inquirydesk.contact.PersonalDataSubject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymises closed inquiries whose retention period is over, as an erasure does (every module's
 * {@link PersonalDataHolder}), a batch per transaction: a run that stops halfway leaves whole batches done, and
 * the next run goes on from there, as each anonymised inquiry is marked. A contact left without inquiries is
 * erased with them. The dashboard and the summary keep their figures.
 */
@Service
public class InquiryRetention {

    private static final Logger log = LoggerFactory.getLogger(InquiryRetention.class);

    private final JdbcClient jdbc;
    private final List<PersonalDataHolder> holders;
    private final ContactDirectory contacts;
    private final TransactionTemplate transactions;
    private final RetentionProperties properties;
    private final Clock clock;

    InquiryRetention(
            JdbcClient jdbc,
            List<PersonalDataHolder> holders,
            ContactDirectory contacts,
            TransactionTemplate transactions,
            RetentionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.holders = List.copyOf(holders);
        this.contacts = contacts;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Anonymises every inquiry whose time is up, a batch at a time, until none is left or {@code stop} says so.
     *
     * @return how many were anonymised
     */
    public long run(BooleanSupplier stop) {
        return run(Cutoffs.of(clock.instant(), properties), properties.batch(), stop);
    }

    long run(Cutoffs cutoffs, int batch, BooleanSupplier stop) {
        long total = 0;
        int done;
        do {
            done = anonymiseNextBatch(cutoffs, batch);
            total += done;
        } while (done > 0 && !stop.getAsBoolean());
        if (total > 0) {
            log.info("Retention: {} closed inquiries anonymised", total);
        }
        return total;
    }

    /**
     * Anonymises the next batch in one transaction.
     *
     * @return how many; 0 when none is due
     */
    int anonymiseNextBatch(Cutoffs cutoffs, int batch) {
        Integer done = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            Set<Long> touched = new LinkedHashSet<>();
            jdbc.sql("""
                            select id, contact_id from inquiry
                            where anonymised_at is null and (
                                (status in ('WON', 'LOST', 'CLOSED') and closed_at < :closedBefore)
                                or (status = 'SPAM' and coalesce(closed_at, received_at) < :spamBefore))
                            order by id fetch first :batch rows only
                            """)
                    .param("closedBefore", utc(cutoffs.closedBefore()))
                    .param("spamBefore", utc(cutoffs.spamBefore()))
                    .param("batch", batch)
                    .query(row -> {
                        ids.add(row.getLong("id"));
                        long contact = row.getLong("contact_id");
                        if (!row.wasNull()) {
                            touched.add(contact);
                        }
                    });
            if (ids.isEmpty()) {
                return 0;
            }
            PersonalDataSubject subject = PersonalDataSubject.inquiries(ids);
            holders.forEach(holder -> holder.erase(subject));
            jdbc.sql("update inquiry set anonymised_at = :now where id in (:ids)")
                    .param("now", utc(now))
                    .param("ids", ids)
                    .update();
            touched.forEach(contacts::forgetIfWithoutInquiries);
            return ids.size();
        });
        return done == null ? 0 : done;
    }

    /** Inquiries closed before {@code closedBefore}, and spam before {@code spamBefore}, are due. */
    record Cutoffs(Instant closedBefore, Instant spamBefore) {

        static Cutoffs of(Instant now, RetentionProperties properties) {
            return new Cutoffs(now.minus(properties.closed()), now.minus(properties.spam()));
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
