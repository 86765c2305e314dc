package com.inquirydesk.inquiry;

/** Where an inquiry came in: the public web form or the REST API. */
public enum InquirySource {
    FORM,
    API
}
