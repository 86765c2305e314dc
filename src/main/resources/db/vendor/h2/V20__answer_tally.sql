-- The answered inquiries per month received (UTC), product line, spam or not, and half hour of minutes to first
-- response, kept by the database itself: the dashboard's median time to first response reads the months wholly in
-- its range from here (a few thousand rows a month instead of every answer) and the answers themselves only for the
-- half hours a median falls in, over ix_inquiry_answer_minutes (AnswerTally). As with inquiry_tally (V18), a
-- trigger (AnswerTallyTrigger) only inserts +1 and -1 into answer_tally_change, InquiryTally folds them in.
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

create index ix_inquiry_answer_minutes on inquiry (first_response_minutes, received_at, product_line_id, status);

create trigger answer_tally_note after insert, update, delete on inquiry for each row
    call 'com.inquirydesk.inquiry.domain.AnswerTallyTrigger';

insert into answer_tally (received_month, spam, product_line_id, half_hour, answers)
select cast(date_trunc('month', received_at at time zone 'UTC') as date), status = 'SPAM', product_line_id,
    cast(floor(first_response_minutes / 30.0) as integer), count(*)
from inquiry
where first_response_minutes is not null
group by cast(date_trunc('month', received_at at time zone 'UTC') as date), status = 'SPAM', product_line_id,
    cast(floor(first_response_minutes / 30.0) as integer);
