/** Staff accounts, roles, login and its throttling. */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.staff;
