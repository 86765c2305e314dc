package com.inquirydesk.inquiry;

/** Where an inquiry stands in the sales workflow. */
public enum InquiryStatus {
    NEW,
    IN_PROGRESS,
    QUOTED,
    WON,
    LOST,
    CLOSED,
    SPAM
}
