package com.inquirydesk.inquiry.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.inquirydesk.base.CompanyZone;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention's daily run, at {@code inquiry.retention.at} in the company's zone, once across all instances. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionJob {

    @Bean
    RecurringTask<Void> retentionTask(InquiryRetention retention, RetentionProperties properties, CompanyZone zone) {
        return Tasks.recurring("inquiry-retention", Schedules.daily(zone.zone(), properties.at()))
                .execute((instance, context) ->
                        retention.run(() -> context.getSchedulerState().isShuttingDown()));
    }
}
