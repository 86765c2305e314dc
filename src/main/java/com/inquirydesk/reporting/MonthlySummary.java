package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.InquiryFact;
import com.inquirydesk.inquiry.InquiryStatus;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts inquiries per month × product line × status and the hours to first response within each group,
 * fed one fact at a time. Memory grows with the number of groups and of distinct minutes to first response, not
 * with the rows.
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
        if (fact.firstResponseMinutes() != null) {
            accumulator.hours.add(fact.firstResponseMinutes(), 1);
        }
    }

    Map<Group, Figures> figures() {
        Map<Group, Figures> figures = new TreeMap<>(ORDER);
        groups.forEach((group, accumulator) -> figures.put(
                group,
                new Figures(accumulator.count, accumulator.hours.percentile(50), accumulator.hours.percentile(90))));
        return figures;
    }

    private static final class Accumulator {
        private long count;
        private final ResponseHours hours = new ResponseHours();
    }
}
