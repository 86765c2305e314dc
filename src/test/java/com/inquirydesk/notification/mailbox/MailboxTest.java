package com.inquirydesk.notification.mailbox;

import com.inquirydesk.ViewTest;
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
            "inquiry.intake.per-email-limit=1000",
            "inquiry.mailbox.host=127.0.0.1",
            "inquiry.mailbox.security=NONE",
            "inquiry.mailbox.username=" + MailServer.LOGIN,
            "inquiry.mailbox.password=" + MailServer.PASSWORD,
            "inquiry.mailbox.poll-interval=300ms",
            // GreenMail's IDLE drops the connection now and then ("Need to do this properly"): poll instead
            "inquiry.mailbox.idle=false",
            "inquiry.mailbox.max-message-size=2MB"
        })
abstract class MailboxTest extends ViewTest {

    static final MailServer server = MailServer.shared();

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> server.smtpPort);
        registry.add("inquiry.mailbox.port", () -> server.imapPort);
    }
}
