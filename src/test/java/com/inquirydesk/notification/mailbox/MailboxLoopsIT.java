package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Mail that must not start a conversation: programs' answers, bounces, the app's own mail, and the same message
 * delivered twice. None becomes an inquiry, none is answered, and each is still flagged as read.
 */
class MailboxLoopsIT extends MailboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void an_out_of_office_answer_creates_no_inquiry_and_sends_nothing() {
        byte[] mail = MailServer.unique(TestMails.autoReply());
        String messageId = MailServer.messageIdOf(mail);
        long mailsBefore = outboundMails();

        server.deliver(mail);

        await().atMost(PATIENCE).until(() -> outcomeOf(messageId) != null);
        assertThat(outcomeOf(messageId)).isEqualTo("AUTO_REPLY");
        assertThat(inquiryOf(messageId)).isNull();
        await().atMost(PATIENCE).until(() -> server.seen(messageId));
        assertThat(outboundMails()).isEqualTo(mailsBefore);
    }

    @Test
    void a_bounce_marks_the_mail_it_returns_as_bounced_and_creates_no_inquiry() {
        String client = "gone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        byte[] first = MailServer.unique(TestMails.plain(client, "Natural gas supply", "Please call me."));
        server.deliver(first);
        Long inquiry =
                await().atMost(PATIENCE).until(() -> inquiryOf(MailServer.messageIdOf(first)), found -> found != null);
        await().atMost(PATIENCE).until(() -> "SENT".equals(acknowledgementState(inquiry)));
        long acknowledgement = jdbc.sql(
                        "select id from outbound_mail where inquiry_id = ? and kind = 'ACKNOWLEDGEMENT'")
                .param(inquiry)
                .query(Long.class)
                .single();
        String acknowledgementId = jdbc.sql("select message_id from outbound_mail where id = ?")
                .param(acknowledgement)
                .query(String.class)
                .single();
        long inquiriesBefore = inquiries();
        long mailsBefore = outboundMails();

        byte[] bounce = MailServer.unique(TestMails.dsnFor(acknowledgementId, acknowledgement));
        server.deliver(bounce);

        await().atMost(PATIENCE).until(() -> "BOUNCED".equals(acknowledgementState(inquiry)));
        assertThat(outcomeOf(MailServer.messageIdOf(bounce))).isEqualTo("BOUNCE");
        assertThat(jdbc.sql("select last_error from outbound_mail where id = ?")
                        .param(acknowledgement)
                        .query(String.class)
                        .single())
                .contains(TestMails.DSN_STATUS)
                .contains("User unknown");
        assertThat(inquiries()).isEqualTo(inquiriesBefore);
        assertThat(outboundMails()).isEqualTo(mailsBefore);
    }

    @Test
    void mail_from_the_app_own_address_is_ignored() {
        byte[] mail = MailServer.unique(TestMails.plain(
                "Inquiry Desk <noreply@example.com>", "New inquiry INQ-2026-000001", "A copy of our own mail."));
        String messageId = MailServer.messageIdOf(mail);

        server.deliver(mail);

        await().atMost(PATIENCE).until(() -> outcomeOf(messageId) != null);
        assertThat(outcomeOf(messageId)).isEqualTo("OWN");
        assertThat(inquiryOf(messageId)).isNull();
    }

    @Test
    void the_same_message_delivered_twice_becomes_one_inquiry_and_both_copies_are_flagged() {
        String client = "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        byte[] mail = MailServer.unique(TestMails.plain(client, "Ceramic tubes", "Alumina tubes, 1,600 °C."));
        String messageId = MailServer.messageIdOf(mail);

        server.deliver(mail);
        server.deliver(mail);

        await().atMost(PATIENCE)
                .until(() -> server.inbox().stream()
                        .filter(m -> messageId.equals(MailServer.messageIdOf(m.getMimeMessage())))
                        .allMatch(m -> m.isSet(jakarta.mail.Flags.Flag.SEEN)));
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = ?")
                        .param(messageId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void a_broken_message_goes_to_the_quarantine_whole_and_the_next_one_is_still_read() {
        byte[] broken = MailServer.unique(TestMails.broken());
        String client = "next-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        byte[] next = MailServer.unique(TestMails.plain(client, "After the broken one", "Still read."));

        server.deliver(broken);
        server.deliver(next);

        await().atMost(PATIENCE).until(() -> inquiryOf(MailServer.messageIdOf(next)) != null);
        var quarantined = jdbc.sql("""
                        select q.reason, q.eml, q.subject from quarantined_mail q
                        join inbound_message m on m.id = q.inbound_message_id
                        where m.message_key = ?
                        """)
                .param(InboundMailParser.messageKey(stored(broken)))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getString(3)})
                .single();
        assertThat(quarantined[0]).isEqualTo("BROKEN_MIME");
        assertThat(new String((byte[]) quarantined[1], StandardCharsets.ISO_8859_1))
                .contains("There is no boundary here at all.");
        assertThat(quarantined[2]).isEqualTo("损坏的邮件");
    }

    @Test
    void a_message_over_the_size_limit_goes_to_the_quarantine_with_its_beginning_and_the_next_one_is_read() {
        String client = "large-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        // the test context's limit is 2 MB (25 MB in production): 3 MB of text
        byte[] large = MailServer.unique(TestMails.plain(client, "Large drawing", "x".repeat(3 * 1024 * 1024)));
        byte[] next = MailServer.unique(TestMails.plain(client, "After the large one", "Still read."));

        server.deliver(large);
        server.deliver(next);

        await().atMost(PATIENCE).until(() -> inquiryOf(MailServer.messageIdOf(next)) != null);
        var quarantined = jdbc.sql("""
                        select q.reason, q.size_bytes from quarantined_mail q
                        join inbound_message m on m.id = q.inbound_message_id
                        where m.message_key = ?
                        """)
                .param(InboundMailParser.messageKey(large))
                .query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2))
                .single();
        assertThat(quarantined).isEqualTo("TOO_LARGE:" + 2 * 1024 * 1024);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void a_sender_over_the_intake_limit_is_held_in_the_quarantine_and_not_answered() {
        // this context allows 3 new inquiries per address and hour, as the form does (5 in production)
        String client = "busy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        List<byte[]> mails = IntStream.rangeClosed(1, 4)
                .mapToObj(n -> MailServer.unique(TestMails.plain(client, "Order " + n, "Mail number " + n + ".")))
                .toList();
        byte[] fourth = mails.getLast();
        String fourthId = MailServer.messageIdOf(fourth);

        mails.forEach(server::deliver);

        await().atMost(PATIENCE).until(() -> outcomeOf(fourthId) != null);
        assertThat(mails.subList(0, 3))
                .extracting(mail -> outcomeOf(MailServer.messageIdOf(mail)))
                .containsOnly("INQUIRY");
        assertThat(outcomeOf(fourthId)).isEqualTo("QUARANTINED");
        assertThat(quarantineReasonOf(fourth)).isEqualTo("RATE_LIMITED");
        assertThat(inquiryOf(fourthId)).isNull();
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        await().atMost(PATIENCE).until(() -> server.seen(fourthId));
        await().atMost(PATIENCE).until(() -> server.sentTo(client).size() >= 3);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> server.sentTo(client).stream()
                        .noneMatch(sent -> fourthId.equals(MailServer.header(sent, "In-Reply-To"))));
    }

    /** The bytes as the server hands them out (GreenMail adds nothing the key depends on). */
    private static byte[] stored(byte[] raw) {
        return raw;
    }

    private String acknowledgementState(long inquiry) {
        return jdbc.sql("select state from outbound_mail where inquiry_id = ? and kind = 'ACKNOWLEDGEMENT'")
                .param(inquiry)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Mails are written in the transaction that takes a message in: none more means none is ever sent for it. */
    private long outboundMails() {
        return jdbc.sql("select count(*) from outbound_mail").query(Long.class).single();
    }

    private long inquiries() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }
}
