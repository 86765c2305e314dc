-- The dashboard's figures over a period: counts per product line and status, per month, and the median time
-- to a first response. first_response_minutes (set with first_response_at) lets the database count the answers
-- per minute without computing a time difference for each; with the columns the figures read in one index,
-- they come from it alone, without reading the table (measured: docs/benchmarks.md, dashboard).
alter table inquiry add column first_response_minutes integer;
update inquiry
set first_response_minutes = cast(floor((extract(epoch from first_response_at) - extract(epoch from received_at)) / 60) as integer)
where first_response_at is not null;
create index ix_inquiry_reporting on inquiry (received_at, product_line_id, status, first_response_minutes);

-- The grid sorts by the client's name too; like the other sorts it needs its index (measured: docs/benchmarks.md,
-- grid, sorted by name at offset 900,000).
create index ix_inquiry_name_received on inquiry (contact_name, received_at);
