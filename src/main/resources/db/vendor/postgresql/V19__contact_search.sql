-- The contacts grid's text search on indexes, as the inquiries' (V17): trigrams of one text made of a contact's
-- searched fields, lower case, separated by U+001F, and that text's characters and pairs of characters for a
-- search of one or two characters. The organisation's name is searched in its own (small) table; the contacts
-- of a matching organisation come from the organisation's index. ContactTextIndex asks these for the contacts
-- that may hold the text, and the grid's query checks its like on those alone.
create function contact_search_text(name varchar, email varchar, company varchar, phone varchar) returns text
    language sql immutable parallel safe
    return lower(name || E'\x1f' || email || E'\x1f' || coalesce(company, '') || E'\x1f' || coalesce(phone, ''));

create index ix_contact_search on contact
    using gin (contact_search_text(name, email, company, phone) gin_trgm_ops);

create index ix_contact_search_grams on contact
    using gin (search_grams(contact_search_text(name, email, company, phone)));
