package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.Application;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Mails still pending when the application stops are delivered by the next start. */
class MailRestartIT {

    @Test
    void pending_mails_are_delivered_after_a_restart(@TempDir Path dataDir) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--inquiry.mail.poll-interval=200ms"));
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("inquirydesk"));
        }
        String client = "restart-" + UUID.randomUUID() + "@example.com";
        String reference;
        try (var withoutSmtp = start(arguments)) {
            var request = new InquiryRequest(
                    "Zhao Lei", null, client, null, null, "natural-gas", "Gas", "LNG, 20 t.", "en", true, null);
            reference = withoutSmtp
                    .getBean(IntakeService.class)
                    .submit(request, IntakeContext.api("10.7.0.1"))
                    .reference();
        }

        var smtp = new SmtpServer();
        smtp.start();
        try {
            List<String> withSmtp = new ArrayList<>(arguments);
            withSmtp.add("--spring.mail.host=127.0.0.1");
            withSmtp.add("--spring.mail.port=" + smtp.port);
            try (var restarted = start(withSmtp)) {
                // on PostgreSQL the database is shared: the restarted app also sends what other tests left
                // pending (oldest first), so ours may come after a few hundred others
                await().atMost(Duration.ofMinutes(3))
                        .until(() -> smtp.received().stream()
                                        .filter(mail -> mentions(mail, reference))
                                        .count()
                                == 2);
            }
            assertThat(smtp.received().stream().filter(mail -> mentions(mail, reference)))
                    .hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    private static boolean mentions(jakarta.mail.internet.MimeMessage mail, String reference) {
        try {
            return mail.getSubject().contains(reference);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(arguments.toArray(String[]::new));
    }
}
