/** The inquiry aggregate, its intake from the public form and the REST API, and its timeline. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry;
