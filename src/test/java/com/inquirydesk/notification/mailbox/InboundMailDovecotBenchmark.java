package com.inquirydesk.notification.mailbox;

import com.inquirydesk.FileDatabase;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link InboundMailPace} from Debian's Dovecot, a production IMAP server: beside GreenMail's figure it shows how
 * much of the time per mail is the test server's. The app's own mail goes to GreenMail's SMTP.
 */
@ExtendWith(DovecotAvailable.class)
class InboundMailDovecotBenchmark extends InboundMailPace {

    private static Dovecot dovecot;
    private static final MailServer smtp = MailServer.fresh();

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) throws IOException {
        FileDatabase.register(registry, "inbound-dovecot");
        dovecot = Dovecot.start();
        registry.add("spring.mail.port", () -> smtp.smtpPort);
        registry.add("inquiry.mailbox.host", () -> "127.0.0.1");
        registry.add("inquiry.mailbox.port", () -> dovecot.port);
        registry.add("inquiry.mailbox.security", () -> "NONE");
        registry.add("inquiry.mailbox.username", () -> Dovecot.LOGIN);
        registry.add("inquiry.mailbox.password", () -> Dovecot.PASSWORD);
        for (int i = 0; i < MAILS; i++) {
            dovecot.deliver(mail(i));
        }
    }

    @Override
    String server() {
        return "Dovecot";
    }

    @AfterAll
    static void stop() {
        if (dovecot != null) {
            dovecot.close();
        }
        smtp.stop();
    }
}
