/** The retention of closed inquiries: anonymised in batches once their time is up, by a daily job. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry.retention;
