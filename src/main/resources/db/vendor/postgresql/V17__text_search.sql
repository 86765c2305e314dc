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
-- searched by one or two characters often (铁, 王芳). For those, a second index holds each inquiry's distinct
-- single characters and pairs (never across the separator): the search asks inquiry_has_short_text(..., text) for
-- the candidates, then the like on those (PostgresTextSearch).
create function search_short_grams(text text) returns text[]
    language sql immutable parallel safe
    return array(
        select distinct substr(text, at, size)
        from generate_series(1, length(text)) at, (values (1), (2)) sizes (size)
        where at + size - 1 <= length(text) and strpos(substr(text, at, size), E'\x1f') = 0);

create index ix_inquiry_search_short on inquiry
    using gin (search_short_grams(inquiry_search_text(reference, contact_name, company, email, subject, message)));

create function inquiry_has_short_text(reference varchar, contact_name varchar, company varchar, email varchar,
        subject varchar, message varchar, short_text text) returns boolean
    language sql immutable parallel safe
    return search_short_grams(inquiry_search_text(reference, contact_name, company, email, subject, message))
        @> array[short_text];
