package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The reader waiting with IMAP IDLE on a real server (Dovecot; GreenMail's IDLE drops the connection): a mail
 * that arrives while it waits is taken in at once, though the next poll is ten minutes away and the next IDLE
 * refresh over three. Runs once, on H2: IDLE is the server's matter, not the database's.
 */
@IntegrationTest
@ExtendWith(DovecotAvailable.class)
@DirtiesContext
@TestPropertySource(
        properties = {
            "inquiry.mailbox.idle=true",
            "inquiry.mailbox.poll-interval=10m",
            "inquiry.mailbox.lease=10m",
            "inquiry.mailbox.idle-refresh=10m"
        })
class MailboxIdleIT {

    /** Far below the poll interval and the IDLE refresh: only the server's word can bring the mail in this fast. */
    private static final Duration AT_ONCE = Duration.ofSeconds(15);

    private static Dovecot dovecot;

    @Autowired
    MailboxReader reader;

    @Autowired
    MailboxProperties properties;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        dovecot = Dovecot.start();
        registry.add("inquiry.mailbox.host", () -> "127.0.0.1");
        registry.add("inquiry.mailbox.port", () -> dovecot.port);
        registry.add("inquiry.mailbox.security", () -> "NONE");
        registry.add("inquiry.mailbox.username", () -> Dovecot.LOGIN);
        registry.add("inquiry.mailbox.password", () -> Dovecot.PASSWORD);
    }

    @AfterAll
    static void stopDovecot() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void mail_arriving_while_the_reader_idles_is_taken_in_at_once_and_so_is_the_next() throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.status().state() == MailboxStatus.State.CONNECTED);
        assertThat(reader.status().idle()).as("the reader waits with IDLE").isTrue();

        for (int n = 1; n <= 2; n++) {
            // no pause needed: a mail that lands between a round and the next IDLE is reported as IDLE starts
            String client = "idle-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
            byte[] mail = MailServer.unique(TestMails.plain(client, "Ferrite cores " + n, "Please quote."));
            String messageId = MailServer.messageIdOf(mail);

            long delivered = System.nanoTime();
            dovecot.deliver(mail);

            await().atMost(AT_ONCE).pollInterval(Duration.ofMillis(20)).until(() -> inquiries(client) == 1);
            System.out.printf(
                    "Mail %d taken in %d ms after its delivery%n", n, (System.nanoTime() - delivered) / 1_000_000);
            await().atMost(AT_ONCE).until(() -> dovecot.seen(messageId));
        }
        assertThat(reader.status().state()).isEqualTo(MailboxStatus.State.CONNECTED);

        // stopping, as at shutdown, ends the IDLE and gives the mailbox up at once for another instance
        reader.stop();
        assertThat(jdbc.sql("select count(*) from mailbox_state where mailbox = ? and holder is null")
                        .param(properties.key())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private long inquiries(String client) {
        return jdbc.sql("select count(*) from inquiry where email = ?")
                .param(client)
                .query(Long.class)
                .single();
    }
}
