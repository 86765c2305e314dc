package com.inquirydesk.inquiry.domain;

import com.inquirydesk.inquiry.InquiryStatus;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Every inquiry counted per status without reading the inquiries: the database's tally of them per day, product
 * line and status (migration V18), kept by a trigger. The trigger only inserts changes (+1, −1), so that concurrent
 * inquiries never wait on a shared counter; every {@code inquiry.tally.fold-interval} this folds the changes into
 * the tally. A count adds the tally and the changes not yet folded in one statement, so it is exact either way.
 */
@Component
public class InquiryTally {

    private static final Logger log = LoggerFactory.getLogger(InquiryTally.class);

    /** Takes the changes away and adds them to the tally in one statement, so that no change counts twice or never. */
    private static final String FOLD_POSTGRES = """
            with moved as (delete from inquiry_tally_change returning received_on, product_line_id, status, inquiries)
            insert into inquiry_tally as t (received_on, product_line_id, status, inquiries)
            select received_on, product_line_id, status, sum(inquiries) from moved
            group by received_on, product_line_id, status
            on conflict (received_on, product_line_id, status) do update set inquiries = t.inquiries + excluded.inquiries
            """;

    private static final String FOLD_H2 = """
            merge into inquiry_tally t
            using (select received_on, product_line_id, status, sum(inquiries) as inquiries
                   from old table (delete from inquiry_tally_change)
                   group by received_on, product_line_id, status) c
            on t.received_on = c.received_on and t.product_line_id = c.product_line_id and t.status = c.status
            when matched then update set inquiries = t.inquiries + c.inquiries
            when not matched then insert (received_on, product_line_id, status, inquiries)
                values (c.received_on, c.product_line_id, c.status, c.inquiries)
            """;

    private final JdbcClient jdbc;
    private final String fold;
    private final TaskScheduler scheduler;
    private final Duration foldInterval;

    InquiryTally(
            JdbcClient jdbc,
            DataSource dataSource,
            TaskScheduler scheduler,
            @Value("${inquiry.tally.fold-interval:10s}") Duration foldInterval)
            throws MetaDataAccessException {
        this.jdbc = jdbc;
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.fold = database.equals("PostgreSQL") ? FOLD_POSTGRES : FOLD_H2;
        this.scheduler = scheduler;
        this.foldInterval = foldInterval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::foldLogged, foldInterval);
    }

    /** Every inquiry per status, zero for a status none has. */
    public Map<InquiryStatus, Long> countByStatus() {
        Map<InquiryStatus, Long> counts = new EnumMap<>(InquiryStatus.class);
        for (InquiryStatus status : InquiryStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("""
                        select status, sum(inquiries) from (
                            select status, inquiries from inquiry_tally
                            union all
                            select status, inquiries from inquiry_tally_change) counted
                        group by status""")
                .query((row, number) -> counts.put(InquiryStatus.valueOf(row.getString(1)), row.getLong(2)))
                .list();
        return counts;
    }

    /** Adds the changes noted since the last time to the tally; returns the tally's rows it changed. */
    public int fold() {
        return jdbc.sql(fold).update();
    }

    private void foldLogged() {
        try {
            fold();
        } catch (RuntimeException failed) {
            log.warn("Could not fold the inquiries' tally changes; counts stay exact and it tries again", failed);
        }
    }
}
