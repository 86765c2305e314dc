/**
 * The clients: one contact per email address, with their details as last given, the organisation their company
 * domain makes, and what the rest of the app holds about them ({@link com.inquirydesk.contact.ContactHistory}).
 */
@org.jspecify.annotations.NullMarked
package com.inquirydesk.contact;
