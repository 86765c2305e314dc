package com.inquirydesk.inquiry.triage;

/**
 * The columns the grid may sort by: only these, each backed by an index that ends in the received time.
 *
 * @param property the entity attribute
 */
public enum InquirySort {
    RECEIVED("receivedAt"),
    REFERENCE("reference"),
    STATUS("status"),
    PRIORITY("priority"),
    NAME("contactName");

    private final String property;

    InquirySort(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }
}
