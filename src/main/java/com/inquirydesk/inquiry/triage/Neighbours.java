package com.inquirydesk.inquiry.triage;

import org.jspecify.annotations.Nullable;

/**
 * The references of the inquiries just before and after one in the grid's list.
 *
 * @param previous null at the start of the list
 * @param next null at the end of the list
 */
public record Neighbours(
        @Nullable String previous, @Nullable String next) {}
