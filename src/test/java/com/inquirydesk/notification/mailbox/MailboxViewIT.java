package com.inquirydesk.notification.mailbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.inquirydesk.audit.AuditRecord;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.base.InvalidInputException;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The mailbox page: how the reading goes, what the messages became, and the quarantine, whose messages an
 * administrator downloads, takes in again or discards.
 */
class MailboxViewIT extends MailboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MailboxAdministration mailbox;

    @Autowired
    AuditTrail audit;

    @Test
    void an_administrator_sees_the_reader_connected_and_what_the_messages_became() {
        String admin = newStaff("ADMIN");
        login(admin);
        byte[] mail = MailServer.unique(TestMails.plain(uniqueClient(), "Alumina crucibles", "Price for 50?"));
        server.deliver(mail);
        await().atMost(PATIENCE).until(() -> outcomeOf(MailServer.messageIdOf(mail)) != null);

        UI.getCurrent().navigate(MailboxView.class);
        var view = _get(MailboxView.class);

        assertThat(view.offBanner.isVisible()).isFalse();
        assertThat(view.status.getElement().getTextRecursively())
                .contains("127.0.0.1")
                .contains(MailServer.LOGIN + " · INBOX")
                .contains(view.getTranslation("mailbox.state.POLLING"))
                .doesNotContain(MailServer.PASSWORD);
        assertThat(view.counts.getElement().getTextRecursively())
                .contains(view.getTranslation("mailbox.outcome.INQUIRY"));
        assertThat(mailbox.overview().lastDay().get(InboundOutcome.INQUIRY)).isPositive();
    }

    @Test
    void a_quarantined_mail_is_downloaded_whole_fails_again_then_is_taken_in_after_a_fix() {
        String admin = newStaff("ADMIN");
        login(admin);
        byte[] broken = MailServer.unique(TestMails.unknownCharset());
        server.deliver(broken);
        long held = await().atMost(PATIENCE).until(() -> heldOf(broken), id -> id != null);

        UI.getCurrent().navigate(MailboxView.class);
        var view = _get(MailboxView.class);
        assertThat(GridKt._findAll(view.quarantine)).anySatisfy(mail -> {
            assertThat(mail.id()).isEqualTo(held);
            assertThat(mail.reason()).isEqualTo("UNKNOWN_CHARSET");
            assertThat(mail.from()).isEqualTo("old@example.cn");
        });
        assertThat(new String(mailbox.eml(held), StandardCharsets.ISO_8859_1)).contains("~{<:Ky2;V*~}");

        assertThat(mailbox.retry(held)).isEqualTo(InboundOutcome.QUARANTINED);
        assertThat(attemptsOf(held)).isEqualTo(2);

        // the administrator's fix: the same mail with a charset the app can read
        String client = uniqueClient();
        byte[] fixed = MailServer.unique(TestMails.plain(client, "Fixed", "Readable now."));
        jdbc.sql("update quarantined_mail set eml = ? where id = ?")
                .params(fixed, held)
                .update();
        assertThat(mailbox.retry(held)).isEqualTo(InboundOutcome.INQUIRY);
        // its record now carries what it could not before: a reply to it finds it by its Message-ID
        assertThat(outcomeOf(MailServer.messageIdOf(fixed))).isEqualTo("INQUIRY");

        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select state from quarantined_mail where id = ?")
                        .param(held)
                        .query(String.class)
                        .single())
                .isEqualTo("RETRIED");
        assertThatThrownBy(() -> mailbox.retry(held)).isInstanceOf(InvalidInputException.class);
        assertThat(audit.newestFirst(admin, "mailbox.retried", 0, 10))
                .extracting(AuditRecord::target)
                .contains("quarantinedMail:" + held);
    }

    @Test
    void a_discarded_mail_loses_its_bytes_and_the_discard_is_recorded() {
        String admin = newStaff("ADMIN");
        login(admin);
        byte[] broken = MailServer.unique(TestMails.broken());
        server.deliver(broken);
        long held = await().atMost(PATIENCE).until(() -> heldOf(broken), id -> id != null);

        mailbox.discard(held);

        assertThat(jdbc.sql("select state, eml from quarantined_mail where id = ?")
                        .param(held)
                        .query((rs, n) -> rs.getString(1) + ":" + rs.getBytes(2).length)
                        .single())
                .isEqualTo("DISCARDED:0");
        assertThat(audit.newestFirst(admin, "mailbox.discarded", 0, 10))
                .extracting(AuditRecord::target)
                .contains("quarantinedMail:" + held);
    }

    @Test
    void sales_staff_cannot_see_the_mailbox() {
        login(newStaff("SALES"));

        assertThatThrownBy(() -> mailbox.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mailbox.eml(1)).isInstanceOf(AccessDeniedException.class);
    }

    private Long heldOf(byte[] raw) {
        return jdbc.sql("""
                        select q.id from quarantined_mail q join inbound_message m on m.id = q.inbound_message_id
                        where m.message_key = ?
                        """)
                .param(InboundMailParser.messageKey(raw))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private int attemptsOf(long held) {
        return jdbc.sql("select attempts from quarantined_mail where id = ?")
                .param(held)
                .query(Integer.class)
                .single();
    }

    private static String uniqueClient() {
        return "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }
}
