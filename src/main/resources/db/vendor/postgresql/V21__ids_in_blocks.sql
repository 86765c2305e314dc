-- The rows each inquiry writes (the inquiry, its timeline entries, its mails) take their ids from sequences that
-- Hibernate reads fifty at a time (allocationSize = 50), so that it can send the intake's inserts in batches; an
-- identity column hands out one id per insert and keeps Hibernate from batching. Rows inserted in SQL take the
-- sequence's next value, which no block handed to Hibernate holds (a block is the fifty ids up to a value).
alter table inquiry alter column id drop identity;
create sequence inquiry_id_seq increment by 50 owned by inquiry.id;
select setval('inquiry_id_seq', coalesce((select max(id) from inquiry), 0) + 50, false);
alter table inquiry alter column id set default nextval('inquiry_id_seq');

alter table inquiry_event alter column id drop identity;
create sequence inquiry_event_id_seq increment by 50 owned by inquiry_event.id;
select setval('inquiry_event_id_seq', coalesce((select max(id) from inquiry_event), 0) + 50, false);
alter table inquiry_event alter column id set default nextval('inquiry_event_id_seq');

alter table outbound_mail alter column id drop identity;
create sequence outbound_mail_id_seq increment by 50 owned by outbound_mail.id;
select setval('outbound_mail_id_seq', coalesce((select max(id) from outbound_mail), 0) + 50, false);
alter table outbound_mail alter column id set default nextval('outbound_mail_id_seq');
