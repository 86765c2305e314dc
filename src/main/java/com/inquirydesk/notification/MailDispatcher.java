package com.inquirydesk.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * Delivers the outbox: at once when a mail is queued, on a thread of its own once the transaction that queued
 * it has committed, so that no request waits for the SMTP server; and every few seconds, for retries and for
 * mails an instance left behind when it stopped. Each mail is claimed first, so with several instances on one
 * database each mail goes out once; a failed attempt is retried with growing pauses. Without an SMTP server
 * configured, mails wait in the outbox. It knows mails only, never what caused them.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private final MailOutbox outbox;
    private final @Nullable JavaMailSender sender;
    private final MailProperties properties;
    private final TaskScheduler scheduler;
    private final ExecutorService immediate = immediateExecutor();
    private volatile String owner;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final Counter sent;
    private final Counter failed;
    private final Counter retried;

    MailDispatcher(
            MailOutbox outbox,
            JavaMailSender sender,
            org.springframework.boot.mail.autoconfigure.MailProperties smtp,
            MailProperties properties,
            TaskScheduler scheduler,
            MeterRegistry meters) {
        this.outbox = outbox;
        // the sender always exists (spring.mail.host is empty without a server); the host says whether to use it
        this.sender = StringUtils.hasText(smtp.getHost()) ? sender : null;
        this.properties = properties;
        this.scheduler = scheduler;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.sent = meters.counter("inquiry.mail.sent");
        this.failed = meters.counter("inquiry.mail.failed");
        this.retried = meters.counter("inquiry.mail.retried");
        Gauge.builder("inquiry.mail.backlog", outbox, MailOutbox::backlog)
                .description("Mails waiting to be sent")
                .register(meters);
    }

    /** Whether an SMTP server is configured (spring.mail.host); without one every mail waits in the outbox. */
    boolean smtpConfigured() {
        return sender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        owner = stableOwner(ready.getApplicationContext().getEnvironment()).orElse(owner);
        if (sender == null) {
            log.warn("No SMTP server is configured (set SPRING_MAIL_HOST and SPRING_MAIL_PORT): mails stay "
                    + "in the outbox as pending and go out once one is configured and the app restarted.");
            return;
        }
        int released = outbox.releaseClaimsOf(owner);
        if (released > 0) {
            log.warn("Mail dispatcher {} took back {} mail(s) it was sending when it stopped last", owner, released);
        }
        scheduler.scheduleWithFixedDelay(this::dispatchDue, properties.pollInterval());
        log.info("Mail dispatcher {} started", owner);
    }

    /**
     * A name that stays the same when this instance restarts ({@code inquiry.mail.instance-id}, else host and
     * port), so that after a crash it takes back at once the mails it was sending, instead of leaving them
     * to the lease.
     */
    private Optional<String> stableOwner(Environment environment) {
        if (!properties.instanceId().isBlank()) {
            return Optional.of(properties.instanceId());
        }
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName() + ":" + port);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MailQueued mail) {
        if (sender != null) {
            immediate.execute(this::dispatchDue);
        }
    }

    /**
     * One thread for the rounds that follow a queued mail, with room for one round more: a round still waiting
     * to start will find every mail committed before it starts, so a further one would have nothing to add and is
     * dropped. The scheduler's thread stays free for the poll.
     */
    private static ExecutorService immediateExecutor() {
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1),
                Thread.ofPlatform().name("mail-dispatcher").daemon().factory(),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Lets a round under way finish, as the scheduler does with the poll's (spring.task.scheduling.shutdown). */
    @PreDestroy
    void stop() throws InterruptedException {
        immediate.shutdown();
        immediate.awaitTermination(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Sends every due mail this instance can claim. Runs once at a time per instance; a call during a run
     * makes the run go round once more.
     */
    void dispatchDue() {
        if (sender == null) {
            return;
        }
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                List<Long> due;
                do {
                    due = outbox.due();
                    due.forEach(this::deliver);
                } while (due.size() == properties.batchSize());
            } catch (RuntimeException e) {
                log.error("Mail dispatch round failed; the next round retries", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void deliver(long id) {
        try (var logged = MDC.putCloseable("mail", Long.toString(id))) {
            deliverClaimed(id);
        }
    }

    private void deliverClaimed(long id) {
        outbox.claim(id, owner).ifPresent(mail -> {
            try {
                sender.send(toMimeMessage(mail));
                outbox.markSent(id, owner);
                sent.increment();
            } catch (Exception e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                MailState state = outbox.markAttemptFailed(mail, owner, error);
                if (state == MailState.FAILED) {
                    failed.increment();
                    log.error(
                            "Mail {} ({}) failed for good after {} attempts: {}",
                            id,
                            mail.kind(),
                            mail.attempts(),
                            error);
                } else {
                    retried.increment();
                    log.warn("Mail {} ({}) attempt {} failed, will retry: {}", id, mail.kind(), mail.attempts(), error);
                }
            }
        });
    }

    private MimeMessage toMimeMessage(OutboundMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(InternetAddress.parse(properties.from(), true)[0]);
        helper.setTo(addresses(mail.to()));
        if (!mail.cc().isEmpty()) {
            helper.setCc(addresses(mail.cc()));
        }
        if (mail.replyTo() != null) {
            helper.setReplyTo(addresses(List.of(mail.replyTo()))[0]);
        }
        helper.setSubject(oneLine(mail.subject()));
        helper.setText(mail.bodyText(), mail.bodyHtml());
        message.setHeader("X-Inquiry-Desk-Mail", Long.toString(mail.id()));
        // the sender keeps a Message-ID set before it saves the message, so a retry sends the same one
        MailThread thread = mail.thread();
        message.setHeader("Message-ID", thread.messageId());
        if (thread.inReplyTo() != null) {
            message.setHeader("In-Reply-To", thread.inReplyTo());
        }
        if (!thread.references().isEmpty()) {
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", thread.references())));
        }
        if (mail.kind() != MailKind.REPLY) {
            // written by the app, not a person: other programs' auto-replies must not answer it (RFC 3834)
            message.setHeader(
                    "Auto-Submitted", mail.kind() == MailKind.ACKNOWLEDGEMENT ? "auto-replied" : "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        return message;
    }

    /** Parses addresses strictly: anything that is not exactly one address each is refused. */
    private static InternetAddress[] addresses(List<String> addresses) throws MessagingException {
        var parsed = new InternetAddress[addresses.size()];
        for (int i = 0; i < parsed.length; i++) {
            InternetAddress[] one = InternetAddress.parse(addresses.get(i), true);
            if (one.length != 1) {
                throw new MessagingException("Not a single address: " + addresses.get(i));
            }
            one[0].validate();
            parsed[i] = one[0];
        }
        return parsed;
    }

    /** A header value on one line, whatever reached it: no CR or LF can start a header of its own. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
