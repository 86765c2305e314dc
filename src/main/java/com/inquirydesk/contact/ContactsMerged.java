package com.inquirydesk.contact;

/**
 * Two contacts turned out to be one person (two addresses): everything that pointed at {@code from} points at
 * {@code into} now. Published in the merge's transaction, before {@code from} is deleted.
 */
public record ContactsMerged(long from, long into) {}
