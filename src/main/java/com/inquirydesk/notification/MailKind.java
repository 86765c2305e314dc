package com.inquirydesk.notification;

/** What a mail is for. */
public enum MailKind {
    /** Tells the people responsible for a product line about a new inquiry. */
    STAFF_NOTIFICATION,
    /** Confirms to the client, in the client's language, that the inquiry arrived. */
    ACKNOWLEDGEMENT,
    /** A staff member's answer to the client, in the client's language. */
    REPLY,
    /** Tells the inquiry's assignee (or its product line's people) that the client answered by mail. */
    CLIENT_ANSWERED
}
