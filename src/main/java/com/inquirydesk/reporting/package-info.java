/** Reports for managers: the CSV export of the grid's view, the monthly summary, the dashboard and its charts. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.reporting;
