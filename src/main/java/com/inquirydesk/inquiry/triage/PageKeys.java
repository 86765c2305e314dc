package com.inquirydesk.inquiry.triage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a grid remembers of the pages it loaded: for each page boundary, the sort key of the row just before
 * it. The next page then continues after that row (a seek on the sort's index) instead of counting past every
 * row before it (OFFSET), so a page deep in a million rows costs what the first one does. One per grid, for
 * one filter and sort: {@link #reset} when they change or the rows are reloaded.
 */
public final class PageKeys {

    /** Boundaries kept; beyond them the lowest go, and a page there counts from the nearest one left. */
    static final int MAX_BOUNDARIES = 256;

    private final TreeMap<Integer, SortKey> keys = new TreeMap<>();
    private @Nullable List<InquiryOrder> orders;

    /** The sort values of one row, in the order's columns, ending in the received time and the id. */
    record SortKey(List<Object> values) {}

    /** A known boundary at or before an offset, for rows sorted by {@code orders}. */
    synchronized Map.@Nullable Entry<Integer, SortKey> nearestAtOrBefore(int offset, List<InquiryOrder> orders) {
        if (!orders.equals(this.orders)) {
            return null;
        }
        return keys.floorEntry(offset);
    }

    synchronized void remember(int offset, SortKey key, List<InquiryOrder> orders) {
        if (!orders.equals(this.orders)) {
            keys.clear();
            this.orders = List.copyOf(orders);
        }
        keys.put(offset, key);
        if (keys.size() > MAX_BOUNDARIES) {
            keys.pollFirstEntry();
        }
    }

    /** Forgets every boundary: the filter, the sort or the rows changed. */
    public synchronized void reset() {
        keys.clear();
        orders = null;
    }
}
