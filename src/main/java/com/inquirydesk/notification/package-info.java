/** Mail that is never lost: routing, templates in English and Chinese, the outbox and its dispatcher. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.notification;
