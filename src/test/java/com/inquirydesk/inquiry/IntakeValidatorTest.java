package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeValidatorTest {

    private static final Set<String> LINES = Set.of("ceramics");

    @Test
    void accepts_a_complete_request() {
        ValidInquiry valid = IntakeValidator.validate(request("wang@example.cn"), LINES::contains);

        assertThat(valid.email()).isEqualTo("wang@example.cn");
        assertThat(valid.honeypotFilled()).isFalse();
    }

    @Test
    void rejects_an_email_without_a_domain() {
        assertThat(violations(request("wang@localhost"))).containsExactly("email:validation.email");
    }

    @Test
    void rejects_an_email_with_a_local_part_over_64_characters() {
        assertThat(violations(request("x".repeat(65) + "@example.com"))).containsExactly("email:validation.email");
    }

    @Test
    void lowercases_only_the_domain_of_an_email() {
        assertThat(IntakeValidator.validate(request("Wang.Wei@Example.CN"), LINES::contains)
                        .email())
                .isEqualTo("Wang.Wei@example.cn");
    }

    @Test
    void reports_every_broken_rule_at_once() {
        var request = new InquiryRequest(null, null, null, null, null, null, null, null, null, null, null);

        assertThat(violations(request))
                .containsExactlyInAnyOrder(
                        "name:validation.required",
                        "email:validation.required",
                        "productLine:validation.required",
                        "subject:validation.required",
                        "message:validation.required",
                        "consent:validation.consent");
    }

    @Test
    void a_message_of_only_control_characters_counts_as_missing() {
        var request = new InquiryRequest(
                "Wang", null, "wang@example.cn", null, null, "ceramics", "Hi", "\u0000\u0007 \u001b", "zh", true, null);

        assertThat(violations(request)).containsExactly("message:validation.required");
    }

    @Test
    void refuses_tags_but_not_comparisons() {
        var tagged = new InquiryRequest(
                "Wang",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Hi",
                "<img src=x onerror=alert(1)>",
                "zh",
                true,
                null);
        var compared = new InquiryRequest(
                "Wang",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Hi",
                "if a < b and c > d, size <5 mm",
                "zh",
                true,
                null);

        assertThat(violations(tagged)).containsExactly("message:validation.markup");
        assertThat(IntakeValidator.validate(compared, LINES::contains).message())
                .isEqualTo("if a < b and c > d, size <5 mm");
    }

    @Test
    void the_content_hash_ignores_the_sender_but_not_the_message() {
        ValidInquiry one = IntakeValidator.validate(request("a@example.com"), LINES::contains);
        ValidInquiry other = IntakeValidator.validate(request("b@example.com"), LINES::contains);

        assertThat(one.contentHash()).isEqualTo(other.contentHash()).hasSize(64);
    }

    private static InquiryRequest request(String email) {
        return new InquiryRequest(
                "Wang Wei", null, email, null, null, "ceramics", "Quote", "Please quote.", "zh", true, null);
    }

    private static java.util.List<String> violations(InquiryRequest request) {
        try {
            IntakeValidator.validate(request, LINES::contains);
        } catch (InvalidInquiryException invalid) {
            return invalid.violations().stream()
                    .map(violation -> violation.field() + ":" + violation.messageKey())
                    .toList();
        }
        throw new AssertionError("expected the request to be refused");
    }
}
