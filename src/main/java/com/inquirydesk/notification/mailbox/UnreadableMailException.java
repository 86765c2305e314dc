package com.inquirydesk.notification.mailbox;

/** A mail that cannot be turned into an inquiry and goes to quarantine, with the reason shown to administrators. */
final class UnreadableMailException extends Exception {

    /** Why a mail was put aside. */
    enum Reason {
        /** The MIME structure or the headers cannot be read. */
        BROKEN_MIME,
        /** The text is in a charset that this JDK cannot decode. */
        UNKNOWN_CHARSET,
        /** Larger than the configured maximum. */
        TOO_LARGE,
        /** Over the intake's hourly limits. */
        RATE_LIMITED,
        /** Processing failed repeatedly for another reason. */
        PROCESSING_ERROR
    }

    private final Reason reason;
    private final String detail;

    UnreadableMailException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    UnreadableMailException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    Reason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
