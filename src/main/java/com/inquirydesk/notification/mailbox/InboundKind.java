package com.inquirydesk.notification.mailbox;

/** Who or what wrote an inbound mail, which decides whether it may open or answer an inquiry. */
enum InboundKind {
    /** A person wrote it. */
    PERSON,
    /** An out-of-office or other automatic answer: it must never start a conversation. */
    AUTO_REPLY,
    /** A mailing list or bulk sender. */
    LIST,
    /** A delivery failure report about a mail that was sent. */
    BOUNCE
}
