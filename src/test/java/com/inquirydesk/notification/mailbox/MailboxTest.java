package com.inquirydesk.notification.mailbox;

import com.inquirydesk.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The app with its mailbox on a real IMAP and SMTP server ({@link MailServer}): every mailbox test extends this,
 * so that they share one application context; the views are there too, as in every {@link ViewTest}.
 */
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "inquiry.mail.poll-interval=200ms",
            "inquiry.mail.from=Inquiry Desk <noreply@example.com>",
            "inquiry.mail.reply-to=" + MailServer.ADDRESS,
            "inquiry.mail.acknowledgements-per-hour=1000",
            "inquiry.mail.total-acknowledgements-per-hour=100000",
            "inquiry.intake.per-email-limit=3",
            "inquiry.mailbox.max-message-size=2MB"
        })
abstract class MailboxTest extends ViewTest {

    static final MailServer server = MailServer.shared();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> server.smtpPort);
        server.reader().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** What the message with this Message-ID became ({@link InboundOutcome}), or null while it is not taken in. */
    String outcomeOf(String messageId) {
        return jdbc.sql("select outcome from inbound_message where message_id = ?")
                .param(messageId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The inquiry that the message with this Message-ID started or joined, or null. */
    Long inquiryOf(String messageId) {
        return jdbc.sql("select inquiry_id from inbound_message where message_id = ?")
                .param(messageId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** Why the message (its raw bytes) is held in the quarantine, or null when it is not. */
    String quarantineReasonOf(byte[] raw) {
        return jdbc.sql("""
                        select q.reason from quarantined_mail q join inbound_message m on m.id = q.inbound_message_id
                        where m.message_key = ?
                        """)
                .param(InboundMailParser.messageKey(raw))
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
