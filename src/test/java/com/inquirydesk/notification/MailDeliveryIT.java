package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "inquiry.mail.poll-interval=200ms",
            "inquiry.mail.initial-backoff=100ms",
            "inquiry.mail.max-backoff=500ms",
            "inquiry.mail.max-attempts=1000",
            "inquiry.mail.public-url=https://desk.example.com"
        })
class MailDeliveryIT {

    private static final SmtpServer smtp = new SmtpServer();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.port);
    }

    @Autowired
    IntakeService intake;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalog;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JavaMailSender sender;

    @Autowired
    org.springframework.boot.mail.autoconfigure.MailProperties smtpSettings;

    @Autowired
    MailProperties properties;

    @Autowired
    TaskScheduler scheduler;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void smtpUp() throws Exception {
        smtp.stop();
        smtp.start();
        awaitOutboxEmpty();
        smtp.purge();
    }

    @AfterEach
    void cleanRouting() {
        jdbc.sql("delete from product_line_recipient").update();
        catalog.forget();
    }

    @AfterAll
    static void smtpDown() {
        smtp.stop();
    }

    @Test
    void an_inquiry_sends_one_notification_to_the_routed_people_and_one_acknowledgement_in_chinese() throws Exception {
        route("natural-gas", "gas.sales@example.com", "TO");
        route("natural-gas", "gas.manager@example.com", "CC");
        String client = uniqueEmail();
        double sentBefore = meters.counter("inquiry.mail.sent").count();

        String reference = submit(client, "natural-gas", "天然气供应询价", "我们每月需要 1 万立方米天然气。\n请报价。", "zh");

        // GreenMail keeps a copy per recipient: the notification to + cc, and the acknowledgement
        await().atMost(PATIENCE).until(() -> smtp.received().size() == 3);
        MimeMessage staff = mailTo("gas.sales@example.com");
        assertThat(addresses(staff, Message.RecipientType.TO)).containsExactly("gas.sales@example.com");
        assertThat(addresses(staff, Message.RecipientType.CC)).containsExactly("gas.manager@example.com");
        assertThat(staff.getReplyTo()).extracting(Object::toString).containsExactly(client);
        assertThat(staff.getSubject()).isEqualTo("[" + reference + "] 天然气 Natural gas: 天然气供应询价");
        assertThat(SmtpServer.part(staff, "text/plain"))
                .contains("我们每月需要 1 万立方米天然气。\n请报价。", "https://desk.example.com/inquiries/" + reference);
        assertThat(SmtpServer.part(staff, "text/html")).contains("我们每月需要 1 万立方米天然气。<br>");

        MimeMessage acknowledgement = mailTo(client);
        assertThat(addresses(acknowledgement, Message.RecipientType.TO)).containsExactly(client);
        assertThat(acknowledgement.getSubject()).isEqualTo("我们已收到您的咨询 [" + reference + "]");
        assertThat(SmtpServer.part(acknowledgement, "text/plain"))
                .contains("感谢您的咨询", reference, "天然气供应询价", "0717-6937697", "湖北省宜昌市西陵区黄河路8号");
        assertThat(acknowledgement.getContentType()).startsWith("multipart/");
        // the server holds a message before the dispatcher has heard its reply and counted it
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(meters.counter("inquiry.mail.sent").count()).isEqualTo(sentBefore + 2));
    }

    @Test
    void an_english_inquiry_without_routing_notifies_the_company_address_and_acknowledges_in_english()
            throws Exception {
        String client = uniqueEmail();

        String reference =
                submit(client, "seedlings", "Ginkgo seedlings", "Please quote 3,000 ginkgo seedlings.", "en");

        await().atMost(PATIENCE).until(() -> smtp.received().size() == 2);
        assertThat(addresses(mailTo("kelison123@163.com"), Message.RecipientType.TO))
                .containsExactly("kelison123@163.com");
        MimeMessage acknowledgement = mailTo(client);
        assertThat(acknowledgement.getSubject()).isEqualTo("We have received your inquiry [" + reference + "]");
        assertThat(SmtpServer.part(acknowledgement, "text/plain"))
                .startsWith("Hello,")
                .contains("No. 8 Huanghe Road")
                .doesNotContain("Test Client", "Please quote 3,000 ginkgo seedlings.");
    }

    @Test
    void the_timeline_of_an_inquiry_shows_its_mails_and_their_state() {
        String reference = submit(uniqueEmail(), "ceramics", "Crucibles", "Alumina crucibles, 200 pieces.", "en");
        long inquiryId = jdbc.sql("select id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();

        await().atMost(PATIENCE)
                .until(() -> outbox.mailsOf(inquiryId).stream().allMatch(mail -> mail.state() == MailState.SENT));
        assertThat(outbox.mailsOf(inquiryId))
                .extracting(MailSummary::kind)
                .containsExactly(MailKind.STAFF_NOTIFICATION, MailKind.ACKNOWLEDGEMENT);
        assertThat(outbox.mailsOf(inquiryId))
                .allSatisfy(mail -> assertThat(mail.sentAt()).isNotNull());
    }

    @Test
    void fifty_inquiries_while_smtp_is_down_are_all_delivered_once_when_it_comes_back() throws Exception {
        smtp.stop();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            references.add(
                    submit(uniqueEmail(), "health-food", "Order " + i, "Message " + i, i % 2 == 0 ? "en" : "zh"));
        }
        await().atMost(PATIENCE).until(() -> attemptedAtLeastOnce() >= 100);
        assertThat(outbox.backlog()).isGreaterThanOrEqualTo(100);

        smtp.start();

        await().atMost(PATIENCE).until(() -> smtp.received().size() >= 100 && outbox.backlog() == 0);
        assertThat(smtp.received()).hasSize(100);
        assertThat(mailIds()).hasSize(100);
        for (String reference : references) {
            assertThat(smtp.received().stream().filter(mail -> subjectContains(mail, reference)))
                    .hasSize(2);
        }
    }

    @Test
    void two_more_dispatchers_racing_over_the_same_mails_send_each_mail_once() throws Exception {
        smtp.stop();
        for (int i = 0; i < 30; i++) {
            submit(uniqueEmail(), "ceramics", "Race " + i, "Message " + i, "en");
        }
        smtp.start();
        var racers = List.of(
                new MailDispatcher(outbox, sender, smtpSettings, properties, scheduler, meters),
                new MailDispatcher(outbox, sender, smtpSettings, properties, scheduler, meters));

        try (var threads = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (MailDispatcher racer : racers) {
                runs.add(threads.submit(() -> {
                    while (outbox.backlog() > 0) {
                        racer.dispatchDue();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }

        await().atMost(PATIENCE).until(() -> smtp.received().size() >= 60 && outbox.backlog() == 0);
        assertThat(smtp.received()).hasSize(60);
        assertThat(mailIds()).hasSize(60);
    }

    @Test
    void header_looking_text_in_every_field_adds_no_header() throws Exception {
        String client = uniqueEmail();
        var request = new InquiryRequest(
                "Eve Bcc: victim@example.com",
                "To: boss@example.com Subject: hi",
                client,
                "+1 (555) 010-0199",
                "US",
                "ceramics",
                "Quote Bcc: victim@example.com Content-Type: text/html",
                "Hello\r\nBcc: victim@example.com\r\nX-Injected: yes\r\n\r\nif a < b && c > d &amp;",
                "en",
                true,
                null);
        intake.submit(request, IntakeContext.api("10.5.0.1"));

        await().atMost(PATIENCE).until(() -> smtp.received().size() == 2);
        for (MimeMessage mail : smtp.received()) {
            assertThat(mail.getHeader("Bcc")).isNull();
            assertThat(mail.getHeader("X-Injected")).isNull();
            assertThat(mail.getAllRecipients()).extracting(Object::toString).isSubsetOf("kelison123@163.com", client);
            assertThat(mail.getSubject()).doesNotContain("\n", "\r");
            assertThat(mail.getHeader("Subject")[0]).doesNotContain("\n\n");
        }
        assertThat(SmtpServer.part(mailTo("kelison123@163.com"), "text/html"))
                .contains("if a &lt; b &amp;&amp; c &gt; d &amp;amp;")
                .doesNotContain("a < b");
        assertThat(MailDispatcher.oneLine("Subject\r\nBcc: x@example.com\u2028X: y"))
                .isEqualTo("Subject Bcc: x@example.com X: y");
    }

    @Test
    void spam_notifies_nobody() {
        var request = new InquiryRequest(
                "Bot", null, uniqueEmail(), null, null, "ceramics", "Offer", "Buy now", "en", true, "http://x.example");
        String reference = intake.submit(request, IntakeContext.api("10.5.0.2")).reference();
        long inquiryId = jdbc.sql("select id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();

        assertThat(outbox.mailsOf(inquiryId)).isEmpty();
    }

    @Test
    void a_form_sent_at_autofill_speed_notifies_staff_and_acknowledges_as_usual() throws Exception {
        String client = uniqueEmail();
        var request = new InquiryRequest(
                "Autofill User", null, client, null, null, "ceramics", "Crucibles", "Please quote.", "en", true, null);

        String reference = intake.submit(request, IntakeContext.form("10.5.0.3", clock.instant()))
                .reference();

        assertThat(jdbc.sql("select status, suspected_spam from inquiry where reference = ?")
                        .param(reference)
                        .query()
                        .singleRow()
                        .values())
                .containsExactly("NEW", "too-fast");
        await().atMost(PATIENCE).until(() -> smtp.received().size() == 2);
        assertThat(mailTo("kelison123@163.com").getSubject()).contains(reference);
        assertThat(mailTo(client).getSubject()).contains(reference);
    }

    @Test
    void a_fast_form_with_links_is_spam_and_notifies_nobody() {
        var request = new InquiryRequest(
                "Bot",
                null,
                uniqueEmail(),
                null,
                null,
                "ceramics",
                "Offer",
                "Buy now at https://a.example or www.b.example",
                "en",
                true,
                null);
        String reference = intake.submit(request, IntakeContext.form("10.5.0.4", clock.instant()))
                .reference();
        long inquiryId = jdbc.sql("select id from inquiry where reference = ? and status = 'SPAM'")
                .param(reference)
                .query(Long.class)
                .single();

        assertThat(outbox.mailsOf(inquiryId)).isEmpty();
    }

    @Test
    void one_address_gets_at_most_five_acknowledgements_an_hour() {
        String client = uniqueEmail();
        for (int i = 0; i < 7; i++) {
            submit(client, "ceramics", "Question " + i, "Message " + i, "en");
        }

        assertThat(jdbc.sql("select count(*) from outbound_mail where primary_recipient = ? and kind = ?")
                        .params(client, "ACKNOWLEDGEMENT")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    private String submit(String email, String productLine, String subject, String message, String language) {
        var request = new InquiryRequest(
                "Test Client", null, email, null, null, productLine, subject, message, language, true, null);
        return intake.submit(request, IntakeContext.api("10.5.1.1")).reference();
    }

    private void route(String productLine, String email, String kind) {
        jdbc.sql("""
                        insert into product_line_recipient (product_line_id, email, kind)
                        select id, ?, ? from product_line where code = ?""").params(email, kind, productLine).update();
        catalog.forget();
    }

    private MimeMessage mailTo(String address) {
        return smtp.received().stream()
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to ->
                                        ((InternetAddress) to).getAddress().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("No mail to " + address));
    }

    private static List<String> addresses(MimeMessage mail, Message.RecipientType type) throws Exception {
        var recipients = mail.getRecipients(type);
        return recipients == null
                ? List.of()
                : Arrays.stream(recipients)
                        .map(address -> ((InternetAddress) address).getAddress())
                        .toList();
    }

    private Set<String> mailIds() throws Exception {
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : smtp.received()) {
            ids.add(mail.getHeader("X-Inquiry-Desk-Mail")[0]);
        }
        return ids;
    }

    private static boolean subjectContains(MimeMessage mail, String text) {
        try {
            return mail.getSubject().contains(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long attemptedAtLeastOnce() {
        return jdbc.sql("select count(*) from outbound_mail where attempts > 0 and state <> 'SENT'")
                .query(Long.class)
                .single();
    }

    private void awaitOutboxEmpty() {
        await().atMost(PATIENCE).until(() -> outbox.backlog() == 0);
    }

    private static String uniqueEmail() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }
}
