-- The free-text search's index: trigrams (pg_trgm) of one text made of the searched fields, lower case, each
-- separated by the unit separator (U+001F) so that no trigram spans two fields. The search asks
-- inquiry_search_text(...) like '%text%' (InquiryPredicates, PostgresTextSearch): the index finds the inquiries
-- that have all of the text's trigrams, and PostgreSQL checks the like on those alone.
-- pg_trgm makes trigrams of Chinese characters only where the database's LC_CTYPE is a UTF-8 locale (README).
create extension if not exists pg_trgm;

create function inquiry_search_text(reference varchar, contact_name varchar, company varchar, email varchar,
        subject varchar, message varchar) returns text
    language sql immutable parallel safe
    return lower(reference || E'\x1f' || contact_name || E'\x1f' || coalesce(company, '') || E'\x1f' || email
        || E'\x1f' || subject || E'\x1f' || message);

create index ix_inquiry_search on inquiry
    using gin (inquiry_search_text(reference, contact_name, company, email, subject, message) gin_trgm_ops);

-- A text of one or two characters has no trigram, and pg_trgm would read its whole index for it: Chinese is
-- searched by one or two characters often (铁, 王芳). For those, a second index holds each inquiry's characters and
-- pairs of neighbouring characters: the search asks it for the inquiries that hold the text, as candidates, and
-- checks the like on those (PostgresTextSearch). The pairs are cut by C functions (regexp_replace puts a U+001E
-- after every second character, from the first and from the second, and string_to_array splits there): in SQL,
-- by substr, they took 32 ms per 1,300-character message; this way its insert takes 0.76 ms, 0.27 ms with characters
-- alone (whose pairs were not narrow enough: two characters every message has, never side by side, took 2.6 s).
create function search_grams(text text) returns text[]
    language sql immutable parallel safe
    return string_to_array(text, null)
        || string_to_array(regexp_replace(text, '(..)', E'\\1\x1e', 'g'), E'\x1e')
        || string_to_array(regexp_replace(substr(text, 2), '(..)', E'\\1\x1e', 'g'), E'\x1e');

create index ix_inquiry_search_grams on inquiry
    using gin (search_grams(inquiry_search_text(reference, contact_name, company, email, subject, message)));
