package com.inquirydesk.inquiry;

import java.time.Instant;

/**
 * What the client is told after a submission.
 *
 * @param repeated true when an identical inquiry from the same email address arrived moments before, and
 *     this is its receipt
 */
public record IntakeReceipt(String reference, Instant receivedAt, boolean repeated) {}
