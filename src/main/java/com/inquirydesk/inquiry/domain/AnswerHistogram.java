package com.inquirydesk.inquiry.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers counted by their minutes to first response, some known to the minute and some only to the half hour
 * ({@link AnswerTally}). A rank among the sorted answers falls in one half hour; only when that half hour is not
 * known to the minute must its answers be read ({@link #resolve}) to tell the minutes at the rank.
 */
final class AnswerHistogram {

    private static final int MINUTES_PER_HALF_HOUR = 30;

    /** Every answer per half hour. */
    private final NavigableMap<Integer, Long> perHalfHour = new TreeMap<>();

    /** The answers known to the minute, per minute. */
    private final NavigableMap<Integer, Long> perMinute = new TreeMap<>();

    /** The half hours with answers not known to the minute. */
    private final Set<Integer> vague = new HashSet<>();

    private long size;

    /** The half hour of response that answers after these minutes fall in (as the answers' tally counts them). */
    static int halfHour(int minutes) {
        return Math.floorDiv(minutes, MINUTES_PER_HALF_HOUR);
    }

    /** The first minute of a half hour of response. */
    static int firstMinute(int halfHour) {
        return halfHour * MINUTES_PER_HALF_HOUR;
    }

    void addMinute(int minutes, long answers) {
        perMinute.merge(minutes, answers, Long::sum);
        perHalfHour.merge(halfHour(minutes), answers, Long::sum);
        size += answers;
    }

    void addHalfHour(int halfHour, long answers) {
        perHalfHour.merge(halfHour, answers, Long::sum);
        vague.add(halfHour);
        size += answers;
    }

    long size() {
        return size;
    }

    /** The half hour holding this rank (from 0) of the sorted answers when it is not known to the minute. */
    OptionalInt vagueHalfHourAt(long rank) {
        int halfHour = find(rank).halfHour();
        return vague.contains(halfHour) ? OptionalInt.of(halfHour) : OptionalInt.empty();
    }

    /**
     * Makes the half hour known to the minute: its answers counted by the half hour are replaced by {@code
     * perMinuteRead}, the same answers read to the minute.
     */
    void resolve(int halfHour, Map<Integer, Long> perMinuteRead) {
        if (!vague.remove(halfHour)) {
            return;
        }
        long known =
                minutesOf(halfHour).values().stream().mapToLong(Long::longValue).sum();
        size -= perHalfHour.put(halfHour, known) - known;
        perMinuteRead.forEach(this::addMinute);
    }

    /** The minutes of the answer at this rank (from 0) of the sorted answers; its half hour is known to the minute. */
    int minutesAt(long rank) {
        Rank at = find(rank);
        if (vague.contains(at.halfHour())) {
            throw new IllegalStateException("half hour " + at.halfHour() + " is not known to the minute");
        }
        long seen = 0;
        for (Map.Entry<Integer, Long> minute : minutesOf(at.halfHour()).entrySet()) {
            seen += minute.getValue();
            if (at.withinHalfHour() < seen) {
                return minute.getKey();
            }
        }
        throw new IllegalStateException("half hour " + at.halfHour() + " has fewer answers than counted");
    }

    private NavigableMap<Integer, Long> minutesOf(int halfHour) {
        return perMinute.subMap(firstMinute(halfHour), true, firstMinute(halfHour + 1), false);
    }

    private Rank find(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> halfHour : perHalfHour.entrySet()) {
            if (rank < seen + halfHour.getValue()) {
                return new Rank(halfHour.getKey(), rank - seen);
            }
            seen += halfHour.getValue();
        }
        throw new IllegalArgumentException("rank " + rank + " of " + size);
    }

    /** A rank's half hour, and its rank among that half hour's answers. */
    private record Rank(int halfHour, long withinHalfHour) {}
}
