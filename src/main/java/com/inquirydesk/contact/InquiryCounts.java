package com.inquirydesk.contact;

/** A contact's inquiries by outcome: still open (new, in progress, quoted), won and lost. Spam is not counted. */
public record InquiryCounts(int open, int won, int lost) {

    public static final InquiryCounts NONE = new InquiryCounts(0, 0, 0);
}
