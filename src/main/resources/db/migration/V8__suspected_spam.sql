-- An inquiry with one spam signal is kept as NEW and flagged for staff: the signal(s), as codes such as
-- too-fast, links or rate; null when it is not suspected or staff settled it. Two signals or the honeypot still
-- make it SPAM (spam_reason).
alter table inquiry add column suspected_spam varchar(40);

-- The first timeline entry now notes the spam signals as bare codes, the status telling spam from suspected.
update inquiry_event set note = substring(note from 7) where type = 'SUBMITTED' and note like 'spam: %';
