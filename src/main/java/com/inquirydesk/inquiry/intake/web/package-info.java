@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry.intake.web;
