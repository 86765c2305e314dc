package com.inquirydesk.inquiry;

/** A sort order of the grid: a column from the allow-list and its direction. */
public record InquiryOrder(InquirySort column, boolean descending) {

    /** Newest first: the default. */
    public static final InquiryOrder NEWEST_FIRST = new InquiryOrder(InquirySort.RECEIVED, true);
}
