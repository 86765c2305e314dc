package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.Application;
import com.inquirydesk.TestProfiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances read one mailbox on one database: one holds the lease and reads, the other stands by and takes
 * over when the first stops. Two hundred mails make exactly two hundred inquiries, each message recorded once and
 * flagged as read. Runs with -Ppostgres only (the pom leaves out every *MultiInstanceIT otherwise).
 */
class MailboxMultiInstanceIT {

    private static final int MAILS = 200;

    @Test
    void two_instances_take_two_hundred_mails_in_exactly_once_and_the_second_takes_over_from_the_first() {
        MailServer server = MailServer.fresh();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> arguments = arguments(server);
        ConfigurableApplicationContext first = start(arguments);
        try (ConfigurableApplicationContext second = start(arguments)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            for (int i = 0; i < MAILS / 2; i++) {
                server.deliver(MailServer.unique(mail(marker, i)));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> inquiries(jdbc, marker) >= MAILS / 4);

            // the holder stops halfway; the other instance takes the mailbox over
            String mailbox = second.getBean(MailboxProperties.class).key();
            String holder = jdbc.sql("select holder from mailbox_state where mailbox = ?")
                    .param(mailbox)
                    .query(String.class)
                    .single();
            ConfigurableApplicationContext reading =
                    holder.equals(first.getBean(MailboxReader.class).holder()) ? first : second;
            ConfigurableApplicationContext standing = reading == first ? second : first;
            reading.close();
            JdbcClient remaining = standing.getBean(JdbcClient.class);
            for (int i = MAILS / 2; i < MAILS; i++) {
                server.deliver(MailServer.unique(mail(marker, i)));
            }

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> inquiries(remaining, marker) >= MAILS);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> inquiries(remaining, marker) == MAILS);
            assertThat(remaining
                            .sql("select count(distinct subject) from inquiry where subject like ?")
                            .param("%" + marker + "%")
                            .query(Long.class)
                            .single())
                    .isEqualTo(MAILS);
            assertThat(remaining
                            .sql("select count(*) from inbound_message where subject like ?")
                            .param("%" + marker + "%")
                            .query(Long.class)
                            .single())
                    .as("each message recorded once")
                    .isEqualTo(MAILS);
            assertThat(remaining
                            .sql("select holder from mailbox_state where mailbox = ?")
                            .param(mailbox)
                            .query(String.class)
                            .single())
                    .isEqualTo(standing.getBean(MailboxReader.class).holder());
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> server.inbox().stream()
                            .filter(message -> subjectOf(message).contains(marker))
                            .allMatch(message -> message.isSet(jakarta.mail.Flags.Flag.SEEN)));
        } finally {
            first.close();
            server.stop();
        }
    }

    private static byte[] mail(String marker, int n) {
        return TestMails.plain(
                "client-" + marker + "-" + n + "@example.cn",
                "Multi " + marker + " #" + n,
                "Mail number " + n + " of " + MAILS + ".");
    }

    private static long inquiries(JdbcClient jdbc, String marker) {
        return jdbc.sql("select count(*) from inquiry where subject like ?")
                .param("%" + marker + "%")
                .query(Long.class)
                .single();
    }

    private static String subjectOf(com.icegreen.greenmail.store.StoredMessage message) {
        try {
            String subject = message.getMimeMessage().getSubject();
            return subject == null ? "" : subject;
        } catch (Exception e) {
            return "";
        }
    }

    private static List<String> arguments(MailServer server) {
        List<String> arguments = new ArrayList<>(server.arguments());
        arguments.addAll(
                List.of("--server.port=0", "--inquiry.mailbox.lease=5s", "--logging.level.com.inquirydesk=warn"));
        if (!TestProfiles.onPostgres()) {
            arguments.add(
                    "--spring.datasource.url=jdbc:h2:mem:mailbox-multi-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        return arguments;
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(arguments.toArray(String[]::new));
    }
}
