package com.inquirydesk.notification.mailbox;

import com.inquirydesk.FileDatabase;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link InboundMailPace} from GreenMail's IMAP, the test mail server the other mailbox tests use. */
class InboundMailBenchmark extends InboundMailPace {

    /** A mailbox of its own, filled before the app starts, so that the reader finds the whole backlog waiting. */
    private static final MailServer server = MailServer.fresh();

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) throws IOException {
        FileDatabase.register(registry, "inbound-greenmail");
        registry.add("spring.mail.port", () -> server.smtpPort);
        server.reader().forEach((key, value) -> registry.add(key, () -> value));
        for (int i = 0; i < MAILS; i++) {
            server.deliver(mail(i));
        }
    }

    @Override
    String server() {
        return "GreenMail";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }
}
