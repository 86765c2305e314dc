@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry.triage.ui;
