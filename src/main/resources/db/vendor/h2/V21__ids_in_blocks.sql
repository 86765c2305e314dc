-- The rows each inquiry writes (the inquiry, its timeline entries, its mails) take their ids from sequences that
-- Hibernate reads fifty at a time (allocationSize = 50), so that it can send the intake's inserts in batches; an
-- identity column hands out one id per insert and keeps Hibernate from batching. Rows inserted in SQL take the
-- sequence's next value, which no block handed to Hibernate holds (a block is the fifty ids up to a value).
alter table inquiry alter column id drop identity;
create sequence inquiry_id_seq increment by 50;
alter sequence inquiry_id_seq restart with (select coalesce(max(id), 0) + 50 from inquiry);
alter table inquiry alter column id set default next value for inquiry_id_seq;

alter table inquiry_event alter column id drop identity;
create sequence inquiry_event_id_seq increment by 50;
alter sequence inquiry_event_id_seq restart with (select coalesce(max(id), 0) + 50 from inquiry_event);
alter table inquiry_event alter column id set default next value for inquiry_event_id_seq;

alter table outbound_mail alter column id drop identity;
create sequence outbound_mail_id_seq increment by 50;
alter sequence outbound_mail_id_seq restart with (select coalesce(max(id), 0) + 50 from outbound_mail);
alter table outbound_mail alter column id set default next value for outbound_mail_id_seq;
