/** The CSV export of the grid's view: for the grid's download link and for scripts. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.inquiry.export;
