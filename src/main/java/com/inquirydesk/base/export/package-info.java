/** Writing reports as files: safe CSV cells, rows handed from a reading thread, failures counted once. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.base.export;
