/** The audit trail: every administrative change, with who made it and when, for administrators to read. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.audit;
