package com.inquirydesk.notification.mailbox;

/** What became of one message the mailbox reader took. */
public enum InboundOutcome {
    /** A new inquiry. */
    INQUIRY,
    /** An answer added to an inquiry's timeline. */
    REPLY,
    /** A delivery failure report: the mail it returns is marked as bounced. */
    BOUNCE,
    /** A program's answer (out of office) that belongs to no inquiry: recorded only. */
    AUTO_REPLY,
    /** Sent by the app itself: ignored. */
    OWN,
    /** The same message delivered once more: nothing new. */
    DUPLICATE,
    /** Could not be read, or was held back: kept whole for administrators. */
    QUARANTINED
}
