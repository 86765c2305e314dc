package com.inquirydesk.inquiry.domain;

/** Field length limits, shared by the table, the validation and the form fields. */
public final class InquiryLimits {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int COMPANY_MAX_LENGTH = 200;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PHONE_MAX_LENGTH = 40;
    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int MESSAGE_MAX_LENGTH = 5000;
    public static final int CONSENT_NOTE_MAX_LENGTH = 300;

    private InquiryLimits() {}
}
