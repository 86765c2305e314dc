-- The inquiries per day received (UTC), product line and status, kept by the database itself, so that the counts
-- of every inquiry per status (the grid's tabs without a filter) read a few thousand rows instead of a million
-- (docs/benchmarks.md, grid). A trigger (InquiryTallyTrigger) notes each insert, delete and change of one of the
-- three as +1 and -1 in inquiry_tally_change, which only ever gets rows inserted: concurrent inquiries never wait
-- for one another on a shared counter. InquiryTally folds the changes into inquiry_tally now and then; a count
-- adds both tables, so it is exact whether they were folded or not.
create table inquiry_tally (
    received_on      date        not null,
    product_line_id  bigint      not null,
    status           varchar(20) not null,
    inquiries        bigint      not null,
    primary key (received_on, product_line_id, status)
);

create table inquiry_tally_change (
    received_on      date        not null,
    product_line_id  bigint      not null,
    status           varchar(20) not null,
    inquiries        integer     not null
);

create trigger inquiry_tally_note after insert, update, delete on inquiry for each row
    call 'com.inquirydesk.inquiry.domain.InquiryTallyTrigger';

insert into inquiry_tally (received_on, product_line_id, status, inquiries)
select cast(received_at at time zone 'UTC' as date), product_line_id, status, count(*)
from inquiry
group by cast(received_at at time zone 'UTC' as date), product_line_id, status;
