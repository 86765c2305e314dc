package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The acknowledgement cannot carry a stranger's text to whatever address was typed in, and goes out only so often
 * an hour in all.
 */
@IntegrationTest
@TestPropertySource(properties = "inquiry.mail.total-acknowledgements-per-hour=3")
class AcknowledgementIT {

    private static final String SPAM = "WIN A PRIZE! Claim it at http://prize.example/claim?id=1 before midnight.";

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    private final List<String> submitted = new ArrayList<>();

    /** Each test starts an hour after the acknowledgements of the ones before. */
    @BeforeEach
    void anHourLater() {
        clock.advance(Duration.ofHours(2));
    }

    /**
     * Its mails are dated hours ahead of the real clock, so no other test's sender would ever take them: on a
     * database the tests share (PostgreSQL), they would stay in every later test's backlog.
     */
    @AfterEach
    void removeMails() {
        for (String reference : submitted) {
            jdbc.sql("delete from outbound_mail where inquiry_id = (select id from inquiry where reference = ?)")
                    .param(reference)
                    .update();
        }
        submitted.clear();
    }

    @Test
    void the_acknowledgement_repeats_the_reference_the_product_line_and_the_subject_cut_short_and_nothing_else() {
        String subject = "Crucibles for 1600 °C, see http://prize.example/" + "x".repeat(100);
        String reference = submit("Mallory Prizegiver", subject, SPAM, "en");

        Map<String, Object> mail = acknowledgementOf(reference);

        String shortened = subject.substring(0, 79) + "…";
        for (String body : List.of((String) mail.get("body_text"), (String) mail.get("body_html"))) {
            assertThat(body)
                    .startsWith(body.startsWith("<") ? "<!DOCTYPE html>" : "Hello,")
                    .contains(reference, "High-temperature ceramics", shortened)
                    .doesNotContain("Mallory", "Prizegiver", "WIN A PRIZE", "claim?id=1", subject);
        }
        assertThat((String) mail.get("body_html")).contains("<p>Hello,</p>");
        assertThat(mail.get("subject")).isEqualTo("We have received your inquiry [" + reference + "]");
    }

    @Test
    void the_chinese_acknowledgement_greets_no_one_by_name_either() {
        String reference = submit("王中奖", "坩埚询价", "恭喜中奖！请访问 http://prize.example 领取。", "zh");

        Map<String, Object> mail = acknowledgementOf(reference);

        for (String body : List.of((String) mail.get("body_text"), (String) mail.get("body_html"))) {
            assertThat(body).contains("您好，", reference, "高温陶瓷", "坩埚询价").doesNotContain("王中奖", "恭喜中奖", "prize.example");
        }
    }

    @Test
    void past_the_cap_per_hour_inquiries_are_stored_and_notified_but_not_acknowledged() {
        double cappedBefore = capped();

        List<String> references = IntStream.range(0, 4)
                .mapToObj(n -> submit("Client " + n, "Crucibles " + n, "Please quote.", "en"))
                .toList();

        assertThat(references)
                .allSatisfy(reference -> assertThat(mailKinds(reference)).contains("STAFF_NOTIFICATION"));
        assertThat(references.subList(0, 3))
                .allSatisfy(reference -> assertThat(mailKinds(reference)).contains("ACKNOWLEDGEMENT"));
        assertThat(mailKinds(references.get(3))).containsExactly("STAFF_NOTIFICATION");
        assertThat(capped()).isEqualTo(cappedBefore + 1);

        clock.advance(Duration.ofMinutes(61));
        String nextHour = submit("Client 4", "Crucibles 4", "Please quote.", "en");

        assertThat(mailKinds(nextHour)).containsExactly("STAFF_NOTIFICATION", "ACKNOWLEDGEMENT");
    }

    private String submit(String name, String subject, String message, String language) {
        var request = new InquiryRequest(
                name,
                null,
                "client-" + UUID.randomUUID() + "@example.com",
                null,
                null,
                "ceramics",
                subject,
                message,
                language,
                true,
                null);
        String reference = intake.submit(request, IntakeContext.api("10.6.0.1")).reference();
        submitted.add(reference);
        return reference;
    }

    private Map<String, Object> acknowledgementOf(String reference) {
        return jdbc.sql("""
                        select m.subject, m.body_text, m.body_html from outbound_mail m
                        join inquiry i on i.id = m.inquiry_id
                        where i.reference = ? and m.kind = 'ACKNOWLEDGEMENT'""").param(reference).query().singleRow();
    }

    private List<String> mailKinds(String reference) {
        return jdbc.sql("""
                        select m.kind from outbound_mail m join inquiry i on i.id = m.inquiry_id
                        where i.reference = ? order by m.id""").param(reference).query(String.class).list();
    }

    private double capped() {
        return meters.counter("inquiry.acknowledgements.capped", "cap", "total").count();
    }
}
