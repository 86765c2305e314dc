package com.inquirydesk.staff;

/** A password that breaks the password policy; nothing was changed. */
public class WeakPasswordException extends RuntimeException {

    WeakPasswordException(String message) {
        super(message);
    }
}
