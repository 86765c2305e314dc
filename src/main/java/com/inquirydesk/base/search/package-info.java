/**
 * Text search on H2: Lucene indexes of a table's n-grams, kept in step with the table through a queue that H2's
 * row triggers fill. PostgreSQL indexes the text itself (pg_trgm); these classes are not used there.
 */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.base.search;
