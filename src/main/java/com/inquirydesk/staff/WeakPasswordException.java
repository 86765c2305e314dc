package com.inquirydesk.staff;

import com.inquirydesk.base.InvalidInputException;

/** A password that breaks the password policy; nothing was changed. The message never holds the password. */
public class WeakPasswordException extends InvalidInputException {

    WeakPasswordException(String messageKey, Object... arguments) {
        super("password", messageKey, arguments);
    }
}
