package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.domain.InquiryRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The intake's limits at their documented values, over simulated time. */
@IntegrationTest
@TestPropertySource(properties = {"inquiry.intake.per-ip-limit=10", "inquiry.intake.per-email-limit=5"})
class IntakeRateLimitIT {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Autowired
    IntakeService intake;

    @Autowired
    MutableClock clock;

    @Autowired
    InquiryRepository inquiries;

    @Test
    void one_address_posting_every_fifteen_seconds_stores_exactly_ten_in_any_ten_minutes() {
        Instant start = clock.instant();
        List<Instant> stored = new ArrayList<>();

        for (int i = 0; i < 4 * 30; i++) {
            try {
                stored.add(intake.submit(request(uniqueEmail(), "Order " + i), IntakeContext.api("198.18.0.1"))
                        .receivedAt());
            } catch (RateLimitExceededException refused) {
                assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(TEN_MINUTES);
            }
            clock.advance(Duration.ofSeconds(15));
        }

        assertThat(stored.stream().filter(at -> at.isBefore(start.plus(TEN_MINUTES))))
                .as("stored in the first ten minutes")
                .hasSize(10);
        assertThat(stored).as("stored in thirty minutes").hasSize(30);
        for (Instant from : stored) {
            assertThat(stored.stream().filter(at -> !at.isBefore(from) && at.isBefore(from.plus(TEN_MINUTES))))
                    .as("stored in the ten minutes from %s", from)
                    .hasSizeLessThanOrEqualTo(10);
        }
    }

    @Test
    void a_refusal_by_the_email_limit_spends_nothing_of_the_address_allowance() {
        String address = "198.18.0.2";
        String email = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            intake.submit(request(email, "Order " + i), IntakeContext.api(address));
        }
        for (int i = 5; i < 10; i++) {
            int order = i;
            assertThatThrownBy(() -> intake.submit(request(email, "Order " + order), IntakeContext.api(address)))
                    .isInstanceOf(RateLimitExceededException.class);
        }

        for (int i = 0; i < 5; i++) {
            intake.submit(request(uniqueEmail(), "Other order " + i), IntakeContext.api(address));
        }

        assertThatThrownBy(() -> intake.submit(request(uniqueEmail(), "One too many"), IntakeContext.api(address)))
                .isInstanceOf(RateLimitExceededException.class);
    }

    @Test
    void the_email_limit_ignores_the_case_of_the_address() {
        String email = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            intake.submit(request(email, "Order " + i), IntakeContext.api("198.18.1." + i));
        }

        assertThatThrownBy(() -> intake.submit(
                        request(email.toUpperCase(Locale.ROOT), "Order 5"), IntakeContext.api("198.18.1.9")))
                .isInstanceOf(RateLimitExceededException.class);
    }

    @Test
    void an_email_at_half_its_limit_is_a_spam_signal_that_alone_only_flags_and_with_links_files_as_spam() {
        String email = uniqueEmail();
        List<String> suspicions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String reference = intake.submit(request(email, "Order " + i), IntakeContext.api("198.18.2." + i))
                    .reference();
            suspicions.add(String.valueOf(
                    inquiries.findByReference(reference).orElseThrow().suspectedSpam()));
        }
        var linked = new InquiryRequest(
                "张敏",
                null,
                email,
                null,
                "CN",
                "ceramics",
                "Order 4",
                "见 www.a.example 和 www.b.example",
                "zh",
                true,
                null);
        Inquiry spam = inquiries
                .findByReference(
                        intake.submit(linked, IntakeContext.api("198.18.2.9")).reference())
                .orElseThrow();

        assertThat(suspicions).as("3 of 5 sent before the fourth").containsExactly("null", "null", "null", "rate");
        assertThat(spam.status()).isEqualTo(InquiryStatus.SPAM);
        assertThat(spam.spamReason()).isEqualTo("links,rate");
    }

    @Test
    void staff_entries_are_neither_refused_by_the_limits_nor_counted_against_them() {
        String email = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            intake.submit(request(email, "Order " + i), IntakeContext.api("198.18.2.1"));
        }
        assertThatThrownBy(() -> intake.submit(request(email, "Order 5"), IntakeContext.api("198.18.2.2")))
                .isInstanceOf(RateLimitExceededException.class);

        for (int i = 5; i < 10; i++) {
            intake.submit(request(email, "Order " + i), byPhone());
        }
        String other = uniqueEmail();
        for (int i = 0; i < 5; i++) {
            intake.submit(request(other, "Phoned order " + i), byPhone());
        }

        assertThat(intake.submit(request(other, "Web order"), IntakeContext.api("198.18.2.3"))
                        .repeated())
                .isFalse();
    }

    private static IntakeContext byPhone() {
        return IntakeContext.staff(InquirySource.PHONE, "li.na", "Asked for a quote by phone", false);
    }

    private static InquiryRequest request(String email, String subject) {
        return new InquiryRequest("张敏", "宜昌某某贸易有限公司", email, null, "CN", "ceramics", subject, "请报价。", "zh", true, null);
    }

    private static String uniqueEmail() {
        return "limit-" + UUID.randomUUID() + "@example.cn";
    }
}
