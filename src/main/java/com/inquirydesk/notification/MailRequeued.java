package com.inquirydesk.notification;

/** A mail made due again by an administrator; the dispatcher picks it up once the change commits. */
record MailRequeued(long mailId) {}
