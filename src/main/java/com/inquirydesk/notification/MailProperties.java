package com.inquirydesk.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings, under {@code inquiry.mail} (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender of every mail, e.g. {@code Inquiry Desk <inquiries@example.com>}
 * @param publicUrl the address staff open the app at, for links in notifications
 * @param maxAttempts attempts before a mail is marked failed
 * @param initialBackoff wait after the first failed attempt; doubles after each further one
 * @param maxBackoff the longest wait between attempts
 * @param lease how long a dispatcher may hold a claimed mail before another may take it over
 * @param batchSize mails claimed per round
 * @param pollInterval how often the dispatcher looks for due mails: retries, and mails left by an instance that
 *     stopped; a newly queued mail does not wait for it but goes out as soon as its transaction commits
 * @param acknowledgementsPerHour acknowledgements one address receives per hour at most, so that the form
 *     cannot be used to flood a third party
 * @param totalAcknowledgementsPerHour acknowledgements sent per hour at most, to all addresses together, so that
 *     the form cannot be used to mail many strangers either; past it inquiries are still stored and notified
 * @param instanceId this instance's name in mail claims; empty: host name and port, which stay the same across
 *     a restart, so that a restarted instance takes back at once the mails it was sending when it stopped
 * @param replyTo where clients' answers go ({@code Reply-To} of every mail to a client): the mailbox the app reads;
 *     empty: the company's contact address
 * @param backlogWarning from this many waiting mails on, health reports BACKLOG (still served: a slow or
 *     absent SMTP server must not take the app offline)
 */
@ConfigurationProperties("inquiry.mail")
public record MailProperties(
        @DefaultValue("Inquiry Desk <noreply@localhost>") String from,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("5") int acknowledgementsPerHour,
        @DefaultValue("200") int totalAcknowledgementsPerHour,
        @DefaultValue("1000") long backlogWarning,
        @DefaultValue("") String instanceId,
        @DefaultValue("") String replyTo) {

    /** The wait before attempt {@code attempts + 1}: the initial backoff doubled per failure, capped. */
    Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
