-- The dashboard's figures over a period: counts per product line and status, per month, and the median time
-- to a first response. first_response_minutes (set with first_response_at) lets the database count the answers
-- per minute without computing a time difference for each; with the columns the figures read in one index,
-- they come from it alone, without reading the table (measured: docs/benchmarks.md, dashboard).
alter table inquiry add column first_response_minutes integer;
update inquiry
set first_response_minutes = cast(floor((extract(epoch from first_response_at) - extract(epoch from received_at)) / 60) as integer)
where first_response_at is not null;
create index ix_inquiry_reporting on inquiry (received_at, product_line_id, status, first_response_minutes);

-- The grid's filters and sorts: each index ends in the grid's order (received_at, id), so that a filtered page
-- comes in index order. Without id, H2 sorted every matching row for each page (2 s for status NEW of 1M,
-- measured: docs/benchmarks.md, grid). The sort by the client's name gets its index too.
-- The product line and assignee indexes are descending: H2 keeps an index of its own for each of these foreign
-- keys, on the column alone, and only takes the longer index for a sorted page when its order differs.
drop index ix_inquiry_status_received;
create index ix_inquiry_status_received on inquiry (status, received_at, id);
drop index ix_inquiry_product_line_received;
create index ix_inquiry_product_line_received on inquiry (product_line_id desc, received_at desc, id desc);
drop index ix_inquiry_priority_received;
create index ix_inquiry_priority_received on inquiry (priority, received_at, id);
drop index ix_inquiry_language_received;
create index ix_inquiry_language_received on inquiry (language, received_at, id);
drop index ix_inquiry_assignee_received;
create index ix_inquiry_assignee_received on inquiry (assignee_id desc, received_at desc, id desc);
drop index ix_inquiry_status_assignee_received;
create index ix_inquiry_status_assignee_received on inquiry (status, assignee_id, received_at, id);
create index ix_inquiry_name_received on inquiry (contact_name, received_at, id);

