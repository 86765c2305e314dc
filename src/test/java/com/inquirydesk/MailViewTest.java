package com.inquirydesk;

import com.inquirydesk.notification.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A view test whose app sends its mail to a real SMTP server (GreenMail) that the test reads. All such tests
 * share one server port, and so one application context.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "inquiry.mail.poll-interval=200ms"})
public abstract class MailViewTest extends ViewTest {

    protected static final SmtpServer smtp = new SmtpServer();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.port);
    }

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }
}
