package com.inquirydesk.audit;

import java.time.Instant;

/** An audit entry as administrators read it. */
public record AuditRecord(Instant occurredAt, String actor, String action, String target, String details) {}
