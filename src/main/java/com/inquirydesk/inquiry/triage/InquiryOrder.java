package com.inquirydesk.inquiry.triage;

import com.inquirydesk.base.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A sort order of the grid: a column from the allow-list and its direction. */
public record InquiryOrder(InquirySort column, boolean descending) {

    /** Newest first: the default. */
    public static final InquiryOrder NEWEST_FIRST = new InquiryOrder(InquirySort.RECEIVED, true);

    /** The order as a query parameter value, which {@link #fromParameters} reads back. */
    public String toParameter() {
        return (descending ? "-" : "") + column.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Orders from query parameter values: {@code received} ascending, {@code -received} descending.
     *
     * @param parameter the parameter's name, for the error
     * @throws InvalidInputException for a column that is not on the allow-list
     */
    public static List<InquiryOrder> fromParameters(String parameter, List<String> values) {
        List<InquiryOrder> orders = new ArrayList<>();
        for (String value : values) {
            boolean descending = value.startsWith("-");
            String column = value.replaceFirst("^[-+]", "").toUpperCase(Locale.ROOT);
            orders.add(Arrays.stream(InquirySort.values())
                    .filter(candidate -> candidate.name().equals(column))
                    .findFirst()
                    .map(found -> new InquiryOrder(found, descending))
                    .orElseThrow(() -> new InvalidInputException(parameter, "api.badParameter", parameter, value)));
        }
        return orders;
    }
}
