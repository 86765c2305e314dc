package com.inquirydesk.notification.mailbox;

/** Another instance took the mailbox over: what this one took in last is rolled back, and it stands by. */
class LostLeaseException extends RuntimeException {

    LostLeaseException(String mailbox) {
        super("The mailbox " + mailbox + " is read by another instance now");
    }
}
