/** Product lines (names in both languages, order, active flag) and the company profile. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.catalog;
