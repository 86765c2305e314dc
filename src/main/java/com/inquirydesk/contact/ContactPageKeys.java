package com.inquirydesk.contact;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the contacts grid remembers of the pages it loaded: for each page boundary, the last contact time and id
 * of the row just before it. The next page then continues after that row (a seek on the index) instead of
 * counting past every row before it (OFFSET), so a page deep in a million contacts costs what the first one
 * does. One per grid; it forgets everything when the filter changes.
 */
final class ContactPageKeys {

    /** Boundaries kept; beyond them the lowest go, and a page there counts from the nearest one left. */
    private static final int MAX_BOUNDARIES = 256;

    private final TreeMap<Integer, Key> keys = new TreeMap<>();
    private @Nullable ContactFilter filter;

    /** The row just before a boundary, in the grid's order (newest last contact first, then highest id). */
    record Key(Instant lastContactAt, long id) {}

    /** A known boundary at or before an offset, for rows selected by {@code filter}. */
    synchronized Map.@Nullable Entry<Integer, Key> nearestAtOrBefore(int offset, ContactFilter filter) {
        return filter.equals(this.filter) ? keys.floorEntry(offset) : null;
    }

    synchronized void remember(int offset, Key key, ContactFilter filter) {
        if (!filter.equals(this.filter)) {
            keys.clear();
            this.filter = filter;
        }
        keys.put(offset, key);
        if (keys.size() > MAX_BOUNDARIES) {
            keys.pollFirstEntry();
        }
    }

    /** Forgets every boundary: the rows changed. */
    synchronized void reset() {
        keys.clear();
        filter = null;
    }
}
