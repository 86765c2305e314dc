-- Inquiries staff enter by hand (phone, visit, trade fair, mail): how the client agreed to be contacted, as noted
-- by the staff member, takes the place of the consent box. Null for inquiries the clients sent themselves.
alter table inquiry add column consent_note varchar(300);
