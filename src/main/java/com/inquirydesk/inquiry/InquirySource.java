package com.inquirydesk.inquiry;

import java.util.List;

/**
 * Where an inquiry came in: the public web form or the REST API, or a way a client reached a staff member who
 * then entered it (by phone, at a visit, at a trade fair, by mail to a personal mailbox, or otherwise).
 */
public enum InquirySource {
    FORM,
    API,
    PHONE,
    VISIT,
    FAIR,
    EMAIL,
    OTHER;

    /** The sources a staff member can choose from when entering an inquiry by hand. */
    public static List<InquirySource> enteredByStaff() {
        return List.of(PHONE, VISIT, FAIR, EMAIL, OTHER);
    }
}
