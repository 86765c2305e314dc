package com.inquirydesk.inquiry;

/** How urgently sales should answer an inquiry. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
