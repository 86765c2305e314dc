-- The inquiries per day received (UTC), product line and status, kept by the database itself, so that the counts
-- of every inquiry per status (the grid's tabs without a filter) read a few thousand rows instead of a million
-- (docs/benchmarks.md, grid). A trigger notes each insert, delete and change of one of the three as +1 and -1 in
-- inquiry_tally_change, which only ever gets rows inserted: concurrent inquiries never wait for one another on a
-- shared counter. InquiryTally folds the changes into inquiry_tally now and then; a count adds both tables, so it
-- is exact whether they were folded or not.
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

create function inquiry_tally_note() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into inquiry_tally_change (received_on, product_line_id, status, inquiries)
        values ((old.received_at at time zone 'UTC')::date, old.product_line_id, old.status, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into inquiry_tally_change (received_on, product_line_id, status, inquiries)
        values ((new.received_at at time zone 'UTC')::date, new.product_line_id, new.status, 1);
    end if;
    return null;
end
$$;

create trigger inquiry_tally_insert_delete after insert or delete on inquiry
    for each row execute function inquiry_tally_note();

create trigger inquiry_tally_update after update of received_at, product_line_id, status on inquiry
    for each row
    when (old.received_at is distinct from new.received_at or old.product_line_id is distinct from new.product_line_id
          or old.status is distinct from new.status)
    execute function inquiry_tally_note();

insert into inquiry_tally (received_on, product_line_id, status, inquiries)
select (received_at at time zone 'UTC')::date, product_line_id, status, count(*)
from inquiry
group by (received_at at time zone 'UTC')::date, product_line_id, status;
