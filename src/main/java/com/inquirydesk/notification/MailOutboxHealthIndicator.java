package com.inquirydesk.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The outbox in the readiness check ({@code /actuator/health/readiness}): how many mails wait and how many
 * failed for good. From {@code inquiry.mail.backlog-warning} waiting mails on the status is BACKLOG, which
 * monitoring can alert on and which still answers 200: the app keeps taking inquiries while mail is slow.
 */
@Component
class MailOutboxHealthIndicator implements HealthIndicator {

    static final Status BACKLOG = new Status("BACKLOG", "Mails are waiting longer than usual");

    private final MailOutbox outbox;
    private final MailProperties properties;

    MailOutboxHealthIndicator(MailOutbox outbox, MailProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public Health health() {
        long waiting = outbox.backlog();
        long failed = outbox.failed();
        return Health.status(waiting >= properties.backlogWarning() ? BACKLOG : Status.UP)
                .withDetail("waiting", waiting)
                .withDetail("failed", failed)
                .build();
    }
}
