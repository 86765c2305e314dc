package com.inquirydesk.inquiry.domain;

import java.util.List;

/** A triage action that was refused; nothing was changed. The message key and arguments are translated. */
public class TriageException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public TriageException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
