-- The answered inquiries per month received (UTC), product line, spam or not, and half hour of minutes to first
-- response, kept by the database itself: the dashboard's median time to first response reads the months wholly in
-- its range from here (a few thousand rows a month instead of every answer) and the answers themselves only for the
-- half hours a median falls in, over ix_inquiry_answer_minutes (AnswerTally). As with inquiry_tally (V18), a
-- trigger only inserts +1 and -1 into answer_tally_change, InquiryTally folds them in.
create table answer_tally (
    received_month   date     not null,
    spam             boolean  not null,
    product_line_id  bigint   not null,
    half_hour        integer  not null,
    answers          bigint   not null,
    primary key (received_month, spam, product_line_id, half_hour)
);

create table answer_tally_change (
    received_month   date     not null,
    spam             boolean  not null,
    product_line_id  bigint   not null,
    half_hour        integer  not null,
    answers          integer  not null
);

create index ix_inquiry_answer_minutes on inquiry (first_response_minutes, received_at, product_line_id, status)
    where first_response_minutes is not null;

create function answer_tally_note() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.first_response_minutes is not null then
        insert into answer_tally_change (received_month, spam, product_line_id, half_hour, answers)
        values (date_trunc('month', old.received_at at time zone 'UTC')::date, old.status = 'SPAM',
                old.product_line_id, floor(old.first_response_minutes / 30.0)::integer, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.first_response_minutes is not null then
        insert into answer_tally_change (received_month, spam, product_line_id, half_hour, answers)
        values (date_trunc('month', new.received_at at time zone 'UTC')::date, new.status = 'SPAM',
                new.product_line_id, floor(new.first_response_minutes / 30.0)::integer, 1);
    end if;
    return null;
end
$$;

-- an inquiry arrives unanswered: the intake's inserts call no function
create trigger answer_tally_insert after insert on inquiry
    for each row when (new.first_response_minutes is not null) execute function answer_tally_note();

create trigger answer_tally_delete after delete on inquiry
    for each row when (old.first_response_minutes is not null) execute function answer_tally_note();

create trigger answer_tally_update after update of received_at, product_line_id, status, first_response_minutes
    on inquiry
    for each row
    when (old.received_at is distinct from new.received_at or old.product_line_id is distinct from new.product_line_id
          or (old.status = 'SPAM') is distinct from (new.status = 'SPAM')
          or old.first_response_minutes is distinct from new.first_response_minutes)
    execute function answer_tally_note();

insert into answer_tally (received_month, spam, product_line_id, half_hour, answers)
select date_trunc('month', received_at at time zone 'UTC')::date, status = 'SPAM', product_line_id,
    floor(first_response_minutes / 30.0)::integer, count(*)
from inquiry
where first_response_minutes is not null
group by 1, 2, 3, 4;
