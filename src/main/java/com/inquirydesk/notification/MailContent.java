package com.inquirydesk.notification;

/** A rendered mail: subject, plain text and HTML. */
record MailContent(String subject, String text, String html) {}
