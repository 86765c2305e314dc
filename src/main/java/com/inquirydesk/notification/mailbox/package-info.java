/** Reading the company mailbox: raw mail parsed into text, attachments, threading headers and its kind. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.notification.mailbox;
