package com.inquirydesk.base;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the app's daily jobs ({@link RecurringTask} beans, such as the retention of personal data) once across
 * every instance that shares the database: db-scheduler keeps each run in the {@code scheduled_tasks} table, one
 * instance picks it, and a run whose instance died (its heartbeat stopped: no beat for six heartbeat intervals,
 * {@code inquiry.jobs.heartbeat-interval}) is started again by any instance, the restarted one included. It starts once
 * the application is ready, with one thread, and is off with {@code inquiry.jobs.enabled=false} (the tests run the
 * jobs themselves).
 */
@Component
class ClusterJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    ClusterJobs(
            DataSource dataSource,
            List<RecurringTask<?>> jobs,
            @Value("${inquiry.jobs.enabled:true}") boolean enabled,
            @Value("${inquiry.jobs.polling-interval:30s}") Duration pollingInterval,
            @Value("${inquiry.jobs.heartbeat-interval:1m}") Duration heartbeatInterval) {
        this.enabled = enabled;
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(jobs)
                .threads(1)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
        if (!enabled) {
            log.info("Daily jobs are off (inquiry.jobs.enabled=false): {} not scheduled", jobs.size());
        }
    }

    @Override
    public void start() {
        if (enabled) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (enabled) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
