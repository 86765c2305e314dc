-- The dashboard's figures over a period (counts per product line and status, per month, and the median time
-- to a first response) read only these columns: with them in one index they come from it alone, without
-- reading the table (measured: docs/benchmarks.md, dashboard).
create index ix_inquiry_reporting on inquiry (received_at, product_line_id, status, first_response_at);
