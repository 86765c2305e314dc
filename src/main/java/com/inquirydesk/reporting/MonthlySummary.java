package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.InquiryFact;
import com.inquirydesk.inquiry.InquiryStatus;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts inquiries per month × product line × status and the hours to first response within each group,
 * fed one fact at a time. Memory grows with the number of groups and of answered inquiries' hours (a float
 * each), not with the rows' text.
 */
final class MonthlySummary {

    /** One group of the summary. */
    record Group(YearMonth month, long productLineId, InquiryStatus status) {}

    /** A group's figures; the hours are NaN when no inquiry of the group was answered yet. */
    record Figures(long count, double medianHours, double p90Hours) {}

    private static final Comparator<Group> ORDER = Comparator.comparing(Group::month)
            .thenComparingLong(Group::productLineId)
            .thenComparing(Group::status);

    private final ZoneId zone;
    private final Map<Group, Accumulator> groups = new TreeMap<>(ORDER);

    MonthlySummary(ZoneId zone) {
        this.zone = zone;
    }

    void add(InquiryFact fact) {
        var group = new Group(YearMonth.from(fact.receivedAt().atZone(zone)), fact.productLineId(), fact.status());
        var accumulator = groups.computeIfAbsent(group, unused -> new Accumulator());
        accumulator.count++;
        if (fact.firstResponseAt() != null) {
            accumulator.add(
                    Duration.between(fact.receivedAt(), fact.firstResponseAt()).toSeconds() / 3600f);
        }
    }

    Map<Group, Figures> figures() {
        Map<Group, Figures> figures = new TreeMap<>(ORDER);
        groups.forEach((group, accumulator) -> figures.put(group, accumulator.figures()));
        return figures;
    }

    /** The p-th percentile (0–100) of some hours, by linear interpolation; NaN for none. */
    static double percentile(float[] sortedHours, int size, double p) {
        if (size == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (size - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, size - 1);
        return sortedHours[below] + (rank - below) * (sortedHours[above] - sortedHours[below]);
    }

    private static final class Accumulator {
        private long count;
        private float[] hours = new float[8];
        private int size;

        void add(float value) {
            if (size == hours.length) {
                hours = Arrays.copyOf(hours, size * 2);
            }
            hours[size++] = value;
        }

        Figures figures() {
            float[] sorted = Arrays.copyOf(hours, size);
            Arrays.sort(sorted);
            return new Figures(count, percentile(sorted, size, 50), percentile(sorted, size, 90));
        }
    }
}
