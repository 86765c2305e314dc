package com.inquirydesk.notification.mailbox;

import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.ClientMail;
import com.inquirydesk.inquiry.MailIntake;
import com.inquirydesk.inquiry.MailReceipt;
import com.inquirydesk.notification.MailOutbox;
import com.inquirydesk.notification.MailProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one message in, in one transaction: records it by its key, turns it into what it is (a new inquiry, an
 * answer in an inquiry's timeline, a bounce, nothing), and moves the mailbox's checkpoint past it, only while this
 * instance still holds the mailbox. So a message is taken in once, whatever crashes, repeats or races.
 */
@Service
class InboundMailProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundMailProcessor.class);
    private static final Pattern REFERENCE = Pattern.compile("\\bINQ-\\d{4}-\\d{6}\\b");

    /** Where the reader stands: the mailbox it holds, under its name as holder. */
    record Checkpoint(String mailbox, String holder) {}

    private final InboundMessageRepository messages;
    private final QuarantinedMailRepository quarantine;
    private final MailboxStateRepository states;
    private final MailIntake intake;
    private final MailOutbox outbox;
    private final InboundMailParser parser = new InboundMailParser();
    private final Set<String> ownAddresses;
    private final Clock clock;

    InboundMailProcessor(
            InboundMessageRepository messages,
            QuarantinedMailRepository quarantine,
            MailboxStateRepository states,
            MailIntake intake,
            MailOutbox outbox,
            MailboxProperties mailbox,
            MailProperties mail,
            Clock clock) {
        this.messages = messages;
        this.quarantine = quarantine;
        this.states = states;
        this.intake = intake;
        this.outbox = outbox;
        this.ownAddresses = ownAddresses(mailbox, mail);
        this.clock = clock;
    }

    /**
     * Takes one message in and moves the checkpoint past it.
     *
     * @throws LostLeaseException when another instance holds the mailbox now; nothing is stored
     */
    @Transactional
    InboundOutcome process(Checkpoint at, RawMail raw) {
        String key = InboundMailParser.messageKey(raw.bytes());
        InboundOutcome outcome;
        if (messages.existsByMailboxAndMessageKey(at.mailbox(), key)) {
            outcome = InboundOutcome.DUPLICATE;
        } else if (raw.truncated()) {
            outcome = quarantine(at, raw, key, null, UnreadableMailException.Reason.TOO_LARGE, "over the size limit");
        } else {
            outcome = take(at, raw, key);
        }
        advance(at, raw);
        return outcome;
    }

    /**
     * A message that failed again and again for a reason of its own (not the connection, not the database's
     * availability) goes to the quarantine, so that it holds up the messages after it no longer.
     */
    @Transactional
    InboundOutcome giveUp(Checkpoint at, RawMail raw, String error) {
        String key = InboundMailParser.messageKey(raw.bytes());
        InboundOutcome outcome = messages.existsByMailboxAndMessageKey(at.mailbox(), key)
                ? InboundOutcome.DUPLICATE
                : quarantine(at, raw, key, null, UnreadableMailException.Reason.PROCESSING_ERROR, error);
        advance(at, raw);
        return outcome;
    }

    private void advance(Checkpoint at, RawMail raw) {
        if (states.advance(at.mailbox(), at.holder(), raw.uidValidity(), raw.uid(), clock.instant()) != 1) {
            throw new LostLeaseException(at.mailbox());
        }
    }

    private InboundOutcome take(Checkpoint at, RawMail raw, String key) {
        ParsedMail mail;
        try {
            mail = parser.parse(raw.bytes());
        } catch (UnreadableMailException unreadable) {
            return quarantine(at, raw, key, null, unreadable.reason(), unreadable.detail());
        }
        var record = record(at, raw, key, mail);
        try {
            resolve(record, mail, raw.receivedAt());
        } catch (RateLimitExceededException limited) {
            // a real client's mail is never dropped: an administrator can take it in later
            return quarantine(
                    at,
                    raw,
                    key,
                    mail,
                    UnreadableMailException.Reason.RATE_LIMITED,
                    mail.from().address());
        }
        return save(record);
    }

    /**
     * Takes a quarantined message in again, from its stored bytes, in the administrator's transaction; its record
     * tells what it became. The checkpoint stays where it is: the reader is long past it.
     *
     * @return what it became; {@link InboundOutcome#QUARANTINED} when it failed again, with the new reason kept
     */
    @Transactional
    InboundOutcome retry(QuarantinedMail held) {
        InboundMessage record = messages.findById(held.inboundMessageId()).orElseThrow();
        try {
            ParsedMail mail = parser.parse(held.eml());
            // a reply to it must find it by its Message-ID, as any other mail
            record.identified(mail.messageId(), mail.from().address(), mail.subject());
            resolve(record, mail, held.quarantinedAt());
            held.retried();
            return record.outcome();
        } catch (UnreadableMailException unreadable) {
            held.failedAgain(unreadable.reason(), unreadable.detail());
        } catch (RateLimitExceededException limited) {
            held.failedAgain(UnreadableMailException.Reason.RATE_LIMITED, limited.getMessage());
        }
        return InboundOutcome.QUARANTINED;
    }

    /**
     * What a readable message is: the app's own mail, a bounce, an answer in a known thread, an out-of-office
     * answer, or a new inquiry; the record says which.
     *
     * @throws RateLimitExceededException when it would be a new inquiry over the sender's limit; nothing is stored
     */
    private void resolve(InboundMessage record, ParsedMail mail, Instant receivedAt) {
        Instant now = clock.instant();
        if (ownAddresses.contains(mail.from().address())) {
            record.resolved(InboundOutcome.OWN, null, null, now);
            return;
        }
        if (mail.kind() == InboundKind.BOUNCE) {
            DeliveryReport report = mail.deliveryReport();
            Optional<Long> bounced = report == null
                    ? Optional.empty()
                    : outbox.bounced(report.outboundMailId(), report.originalMessageId(), reason(report));
            record.resolved(InboundOutcome.BOUNCE, null, bounced.orElse(null), now);
            log.info(
                    "Bounce received for outbound mail {}",
                    bounced.map(String::valueOf).orElse("(not ours)"));
            return;
        }
        Optional<Long> inquiry = threadOf(mail);
        if (inquiry.isPresent()) {
            MailReceipt receipt = intake.addAnswer(inquiry.get(), clientMail(mail, receivedAt));
            record.resolved(InboundOutcome.REPLY, receipt.inquiryId(), null, now);
            return;
        }
        if (mail.kind() == InboundKind.AUTO_REPLY) {
            record.resolved(InboundOutcome.AUTO_REPLY, null, null, now);
            return;
        }
        MailReceipt receipt = intake.submit(clientMail(mail, receivedAt));
        record.resolved(InboundOutcome.INQUIRY, receipt.inquiryId(), null, now);
    }

    /**
     * The inquiry a mail answers: the one a mail named in its {@code In-Reply-To} or {@code References} belongs to
     * (newest first), else the one whose reference the subject names, only when the mail comes from that inquiry's
     * own address: anyone can guess a reference, so it alone lets no stranger write into a timeline.
     */
    private Optional<Long> threadOf(ParsedMail mail) {
        var named = new ArrayList<String>();
        if (mail.inReplyTo() != null) {
            named.add(mail.inReplyTo());
        }
        named.addAll(mail.references().reversed());
        for (String messageId : named) {
            Optional<Long> ours = outbox.inquiryOfMessageId(messageId);
            if (ours.isPresent()) {
                return ours;
            }
            List<Long> theirs = messages.findInquiryIdsByMessageIdIn(List.of(messageId));
            if (!theirs.isEmpty()) {
                return Optional.of(theirs.getFirst());
            }
        }
        Matcher reference = REFERENCE.matcher(mail.subject());
        if (reference.find()) {
            return intake.contact(reference.group())
                    .filter(contact ->
                            contact.email().equalsIgnoreCase(mail.from().address()))
                    .map(MailIntake.InquiryContact::inquiryId);
        }
        return Optional.empty();
    }

    private static ClientMail clientMail(ParsedMail mail, Instant receivedAt) {
        List<AttachmentUpload> files = mail.attachments().stream()
                .map(part -> new AttachmentUpload(part.fileName(), part.content()))
                .toList();
        return new ClientMail(
                mail.from().name(),
                mail.from().address(),
                mail.recipients(),
                mail.subject(),
                mail.text(),
                mail.quoted(),
                files,
                mail.messageId(),
                receivedAt,
                mail.kind() == InboundKind.AUTO_REPLY,
                mail.kind() == InboundKind.LIST);
    }

    private InboundMessage record(Checkpoint at, RawMail raw, String key, @Nullable ParsedMail mail) {
        return new InboundMessage(
                at.mailbox(),
                key,
                mail == null ? null : mail.messageId(),
                raw.uidValidity(),
                raw.uid(),
                raw.receivedAt(),
                clock.instant(),
                mail == null ? null : mail.from().address(),
                mail == null ? null : mail.subject(),
                InboundOutcome.QUARANTINED);
    }

    private InboundOutcome save(InboundMessage record) {
        messages.save(record);
        return record.outcome();
    }

    private InboundOutcome quarantine(
            Checkpoint at,
            RawMail raw,
            String key,
            @Nullable ParsedMail mail,
            UnreadableMailException.Reason reason,
            String detail) {
        var record = messages.save(record(at, raw, key, mail));
        HeaderSummary headers = InboundMailParser.headers(raw.bytes());
        quarantine.save(new QuarantinedMail(
                record.id(),
                reason,
                detail,
                headers.from(),
                headers.subject(),
                raw.bytes().length,
                raw.bytes(),
                clock.instant()));
        log.warn("Mail UID {} quarantined: {} ({})", raw.uid(), reason, detail);
        return InboundOutcome.QUARANTINED;
    }

    private static String reason(DeliveryReport report) {
        String status = report.status() == null ? "" : report.status();
        String diagnostic = report.diagnostic() == null ? "" : report.diagnostic();
        String reason = ("Bounced " + status + " " + diagnostic).strip();
        return reason.isEmpty() ? "Bounced" : reason;
    }

    /** The addresses the app sends from and reads: mail from them is its own, never an inquiry. */
    private static Set<String> ownAddresses(MailboxProperties mailbox, MailProperties mail) {
        var own = new HashSet<String>();
        for (String value : List.of(mailbox.username(), mail.from(), mail.replyTo())) {
            try {
                for (InternetAddress address : InternetAddress.parse(value, false)) {
                    if (address.getAddress() != null && address.getAddress().contains("@")) {
                        own.add(address.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (AddressException e) {
                // not an address: nothing to recognise
            }
        }
        return Set.copyOf(own);
    }
}
