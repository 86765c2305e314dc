package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquirySubmitted;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import com.inquirydesk.inquiry.domain.TimelineRecordRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class IntakeServiceIT {

    @Autowired
    IntakeService intake;

    @Autowired
    InquiryRepository inquiries;

    @Autowired
    TimelineRecordRepository events;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents published;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stores_the_inquiry_its_first_timeline_entry_and_publishes_inquiry_submitted() {
        var receipt = intake.submit(request(uniqueEmail()), IntakeContext.api("10.2.0.1"));

        Inquiry stored = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(stored.isSpam()).isFalse();
        assertThat(events.findByInquiryIdOrderByOccurredAtAscIdAsc(stored.id()))
                .extracting(record -> record.kind().name())
                .containsExactly("SUBMITTED");
        assertThat(published.stream(InquirySubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.reference()).isEqualTo(receipt.reference());
            assertThat(event.inquiryId()).isEqualTo(stored.id());
            assertThat(event.language()).isEqualTo(Language.ZH);
            assertThat(event.spam()).isFalse();
        });
    }

    @Test
    void a_staff_entry_keeps_its_source_the_consent_note_and_who_entered_it_and_asks_for_no_acknowledgement() {
        var request = withConsent(request(uniqueEmail()), false);

        var receipt = intake.submit(
                request, IntakeContext.staff(InquirySource.FAIR, "li.na", "Asked for a quote at the fair", false));

        Inquiry stored = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.source()).isEqualTo(InquirySource.FAIR);
        assertThat(stored.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(stored.consentNote()).isEqualTo("Asked for a quote at the fair");
        assertThat(stored.consentVersion()).isEqualTo(Inquiry.CONSENT_BY_NOTE);
        assertThat(stored.consentAt()).isEqualTo(stored.receivedAt());
        assertThat(events.findByInquiryIdOrderByOccurredAtAscIdAsc(stored.id()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.kind().name()).isEqualTo("SUBMITTED");
                    assertThat(record.actor()).isEqualTo("li.na");
                });
        assertThat(published.stream(InquirySubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.source()).isEqualTo(InquirySource.FAIR);
            assertThat(event.acknowledge()).isFalse();
        });
    }

    @Test
    void a_staff_entry_is_not_judged_by_the_spam_rules_for_strangers() {
        Instant shownAt = clock.instant();
        var filledHoneypot = new InquiryRequest(
                "张敏", null, uniqueEmail(), null, null, "ceramics", "询价", "请报价。", "zh", null, "http://x.example");

        var receipt = intake.submit(
                filledHoneypot,
                new IntakeContext(InquirySource.PHONE, null, shownAt, "li.na", "Phoned on 1 Dec", true));

        Inquiry stored = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.isSpam()).isFalse();
        assertThat(stored.spamReason()).isNull();
    }

    @Test
    void normalises_text_before_storing_it() {
        var request = new InquiryRequest(
                "  Jose\u0301 \u202EGarcía  ",
                "   ",
                "  Jose@Example.COM ",
                null,
                "cn",
                "natural-gas",
                "  Gas\tsupply ".replace("\t", " "),
                "Line one\r\nLine two\u0007\rLine three  ",
                "EN",
                true,
                "");

        var stored = inquiries
                .findByReference(
                        intake.submit(request, IntakeContext.api("10.2.0.2")).reference())
                .orElseThrow();

        assertThat(stored.contactName()).isEqualTo("José García");
        assertThat(stored.email()).isEqualTo("Jose@example.com");
        assertThat(stored.subject()).isEqualTo("Gas supply");
        assertThat(stored.message()).isEqualTo("Line one\nLine two\nLine three");
        assertThat(stored.language()).isEqualTo(Language.EN);
    }

    @Test
    void a_form_sent_within_the_minimum_fill_time_with_links_is_filed_as_spam() {
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofSeconds(1));

        var receipt = intake.submit(
                withMessage(request(uniqueEmail()), "便宜 https://a.example 和 www.b.example"),
                IntakeContext.form("10.2.0.3", shownAt));

        Inquiry stored = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.isSpam()).isTrue();
        assertThat(stored.status()).isEqualTo(InquiryStatus.SPAM);
        assertThat(stored.spamReason()).isEqualTo("too-fast,links");
        assertThat(stored.suspectedSpam()).isNull();
        assertThat(published.stream(InquirySubmitted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.spam()).isTrue());
    }

    @Test
    void a_form_sent_within_the_minimum_fill_time_alone_is_new_flagged_and_notified_as_usual() {
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofMillis(800)); // a password manager's autofill

        var receipt = intake.submit(request(uniqueEmail()), IntakeContext.form("10.2.0.9", shownAt));

        Inquiry stored = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(stored.isSpam()).isFalse();
        assertThat(stored.spamReason()).isNull();
        assertThat(stored.suspectedSpam()).isEqualTo("too-fast");
        assertThat(events.findByInquiryIdOrderByOccurredAtAscIdAsc(stored.id()))
                .singleElement()
                .satisfies(submitted -> {
                    assertThat(submitted.newValue()).isEqualTo("NEW");
                    assertThat(submitted.note()).isEqualTo("too-fast");
                });
        assertThat(published.stream(InquirySubmitted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.spam()).isFalse());
    }

    @Test
    void links_alone_through_the_api_are_new_and_flagged() {
        var receipt = intake.submit(
                withMessage(request(uniqueEmail()), "产品目录见 https://a.example/catalog 和 https://a.example/prices"),
                IntakeContext.api("10.2.0.10"));

        Inquiry stored = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(stored.suspectedSpam()).isEqualTo("links");
    }

    @Test
    void a_filled_honeypot_alone_is_spam() {
        var request = request(uniqueEmail());
        var honeypot = new InquiryRequest(
                request.name(),
                request.company(),
                request.email(),
                request.phone(),
                request.country(),
                request.productLine(),
                request.subject(),
                request.message(),
                request.language(),
                request.consent(),
                "http://spam.example");

        var stored = inquiries
                .findByReference(
                        intake.submit(honeypot, IntakeContext.api("10.2.0.11")).reference())
                .orElseThrow();

        assertThat(stored.status()).isEqualTo(InquiryStatus.SPAM);
        assertThat(stored.spamReason()).isEqualTo("honeypot");
        assertThat(stored.suspectedSpam()).isNull();
    }

    @Test
    void a_form_filled_at_human_speed_is_not_spam() {
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofSeconds(45));

        var receipt = intake.submit(request(uniqueEmail()), IntakeContext.form("10.2.0.4", shownAt));

        assertThat(inquiries.findByReference(receipt.reference()).orElseThrow().isSpam())
                .isFalse();
    }

    @Test
    void the_same_inquiry_after_the_duplicate_window_is_stored_again() {
        String email = uniqueEmail();
        var first = intake.submit(request(email), IntakeContext.api("10.2.0.5"));
        clock.advance(Duration.ofMinutes(5));
        var repeated = intake.submit(request(email), IntakeContext.api("10.2.0.5"));
        clock.advance(Duration.ofMinutes(6));
        var later = intake.submit(request(email), IntakeContext.api("10.2.0.5"));

        assertThat(repeated.reference()).isEqualTo(first.reference());
        assertThat(repeated.repeated()).isTrue();
        assertThat(later.reference()).isNotEqualTo(first.reference());
        assertThat(later.repeated()).isFalse();
    }

    @Test
    void references_count_up_and_take_the_year_of_the_company_time_zone() {
        Instant before = clock.instant();
        clock.set(Instant.parse("2030-12-31T17:00:00Z"));
        var newYearInYichang = intake.submit(request(uniqueEmail()), IntakeContext.api("10.2.0.6"));
        var next = intake.submit(request(uniqueEmail()), IntakeContext.api("10.2.0.6"));
        clock.set(before);

        assertThat(newYearInYichang.reference()).matches("INQ-2031-\\d{6}");
        assertThat(number(next.reference())).isGreaterThan(number(newYearInYichang.reference()));
    }

    @Test
    void the_client_address_is_stored_only_as_a_hash() {
        var receipt = intake.submit(request(uniqueEmail()), IntakeContext.api("203.0.113.99"));

        var hash = inquiries.findByReference(receipt.reference()).orElseThrow();
        assertThat(hash).extracting("clientIpHash").asString().hasSize(64).doesNotContain("203.0.113.99");
    }

    @Test
    void a_request_refused_for_its_fields_never_opens_its_files() {
        double unpackedBefore = unpackedBytes();
        var refusedConsent = withConsent(request(uniqueEmail()), false);
        var bomb = List.of(new AttachmentUpload("spec.docx", Zips.docxOfZeros(150)));

        assertThatThrownBy(() -> intake.submit(refusedConsent, IntakeContext.api("10.2.0.7"), bomb))
                .isInstanceOfSatisfying(
                        InvalidInquiryException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("consent"));
        assertThat(unpackedBytes()).isEqualTo(unpackedBefore);
    }

    @Test
    void a_docx_that_unpacks_to_150_mb_is_refused_after_about_a_megabyte_and_nothing_is_stored() {
        double unpackedBefore = unpackedBytes();
        String email = uniqueEmail();
        var bomb = List.of(new AttachmentUpload("spec.docx", Zips.docxOfZeros(150)));

        assertThatThrownBy(() -> intake.submit(request(email), IntakeContext.api("10.2.0.8"), bomb))
                .isInstanceOfSatisfying(
                        InvalidInquiryException.class,
                        invalid -> assertThat(invalid.violations())
                                .extracting(violation -> violation.field() + ":" + violation.messageKey())
                                .containsExactly("attachments:attachment.unpacksTooLarge"));
        assertThat(unpackedBytes() - unpackedBefore).isBetween(1.0 * Zips.MEGABYTE, Zips.MEGABYTE + 8 * 1024.0);
        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private double unpackedBytes() {
        return meters.counter("inquiry.attachments.unpacked").count();
    }

    private static InquiryRequest withConsent(InquiryRequest request, boolean consent) {
        return new InquiryRequest(
                request.name(),
                request.company(),
                request.email(),
                request.phone(),
                request.country(),
                request.productLine(),
                request.subject(),
                request.message(),
                request.language(),
                consent,
                request.website());
    }

    private static InquiryRequest withMessage(InquiryRequest request, String message) {
        return new InquiryRequest(
                request.name(),
                request.company(),
                request.email(),
                request.phone(),
                request.country(),
                request.productLine(),
                request.subject(),
                message,
                request.language(),
                request.consent(),
                request.website());
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
    }

    private static InquiryRequest request(String email) {
        return new InquiryRequest(
                "张敏",
                "宜昌某某贸易有限公司",
                email,
                "0717-1234567",
                "CN",
                "ceramics",
                "高温陶瓷询价",
                "请提供氧化铝陶瓷管的报价。",
                "zh",
                true,
                null);
    }

    private static String uniqueEmail() {
        return "service-" + UUID.randomUUID() + "@example.cn";
    }
}
