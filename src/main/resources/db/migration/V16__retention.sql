-- Retention: closed inquiries older than the retention period are anonymised by a daily job. The job's runs are
-- db-scheduler's (one table for every instance, so that a run happens once, and a run whose instance died is
-- taken up by another).
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(50),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint       not null,
    priority             smallint,
    constraint pk_scheduled_tasks primary key (task_name, task_instance)
);

create index ix_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index ix_scheduled_tasks_priority_time on scheduled_tasks (priority, execution_time);

-- when an inquiry's personal data was removed by the retention job; the job's batches find the next ones by it
alter table inquiry add column anonymised_at timestamp(6) with time zone;
create index ix_inquiry_retention on inquiry (anonymised_at, status, closed_at);
