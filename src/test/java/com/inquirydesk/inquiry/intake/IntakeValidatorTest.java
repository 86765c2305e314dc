package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.domain.InquiryLimits;
import com.inquirydesk.inquiry.domain.ValidInquiry;
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
    void removes_zero_width_characters_and_direction_marks_from_single_line_fields() {
        var request = new InquiryRequest(
                "Wang\u200B Wei\u200E",
                "\uFEFFAcme\u2060 Ltd\u061C",
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Quo\u200Dte\u200F",
                "Please quote.",
                "zh",
                true,
                null);

        ValidInquiry valid = IntakeValidator.validate(request, LINES::contains);

        assertThat(valid.name()).isEqualTo("Wang Wei");
        assertThat(valid.company()).isEqualTo("Acme Ltd");
        assertThat(valid.subject()).isEqualTo("Quote");
    }

    @Test
    void refuses_a_line_or_paragraph_separator_in_a_single_line_field() {
        var request = new InquiryRequest(
                "Wang\u2028Wei",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Quote\u2029Bcc: x@example.com",
                "Please quote.",
                "zh",
                true,
                null);

        assertThat(violations(request))
                .containsExactly("name:validation.controlCharacters", "subject:validation.controlCharacters");
    }

    @Test
    void the_message_keeps_a_line_separator_as_a_line_feed() {
        var request = new InquiryRequest(
                "Wang",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Hi",
                "One\u2028two\u2029three",
                "zh",
                true,
                null);

        assertThat(IntakeValidator.validate(request, LINES::contains).message()).isEqualTo("One\ntwo\nthree");
    }

    @Test
    void refuses_a_lone_surrogate_naming_the_field() {
        var request = new InquiryRequest(
                "Wang\uD800",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Hi",
                "Cut \uDE00 in half",
                "zh",
                true,
                null);

        assertThat(violations(request))
                .containsExactly("name:validation.malformedText", "message:validation.malformedText");
    }

    @Test
    void the_content_hash_ignores_the_sender_but_not_the_message() {
        ValidInquiry one = IntakeValidator.validate(request("a@example.com"), LINES::contains);
        ValidInquiry other = IntakeValidator.validate(request("b@example.com"), LINES::contains);

        assertThat(one.contentHash()).isEqualTo(other.contentHash()).hasSize(64);
    }

    @Test
    void a_staff_entry_takes_the_consent_note_in_place_of_the_consent_box() {
        var unticked = new InquiryRequest(
                "Wang Wei",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Quote",
                "Please quote.",
                "zh",
                null,
                null);
        var context =
                IntakeContext.staff(InquirySource.PHONE, "li.na", "  Asked for a quote by phone on 1 Dec ", false);

        ValidInquiry valid = IntakeValidator.validate(unticked, LINES::contains, context);

        assertThat(valid.consentNote()).isEqualTo("Asked for a quote by phone on 1 Dec");
    }

    @Test
    void a_staff_entry_without_a_consent_note_is_refused_at_the_note() {
        var context = IntakeContext.staff(InquirySource.VISIT, "li.na", " ", false);

        assertThat(violations(request("wang@example.cn"), context)).containsExactly("consentNote:validation.required");
    }

    @Test
    void a_consent_note_is_one_line_of_plain_text_of_limited_length() {
        var request = request("wang@example.cn");

        assertThat(violations(request, IntakeContext.staff(InquirySource.FAIR, "li.na", "At the fair\nBcc: x", false)))
                .containsExactly("consentNote:validation.controlCharacters");
        assertThat(violations(request, IntakeContext.staff(InquirySource.FAIR, "li.na", "<b>yes</b>", false)))
                .containsExactly("consentNote:validation.markup");
        String tooLong = "x".repeat(InquiryLimits.CONSENT_NOTE_MAX_LENGTH + 1);
        assertThat(violations(request, IntakeContext.staff(InquirySource.FAIR, "li.na", tooLong, false)))
                .containsExactly("consentNote:validation.tooLong");
    }

    @Test
    void a_consent_note_checked_alone_breaks_the_rules_it_breaks_with_the_inquiry() {
        var request = request("wang@example.cn");
        for (String note : new String[] {
            "Asked for a quote by phone on 1 Dec",
            " ",
            "At the fair\nBcc: x",
            "<b>yes</b>",
            "x".repeat(InquiryLimits.CONSENT_NOTE_MAX_LENGTH + 1)
        }) {
            var context = IntakeContext.staff(InquirySource.FAIR, "li.na", note, false);
            java.util.List<String> withTheInquiry;
            try {
                IntakeValidator.validate(request, LINES::contains, context);
                withTheInquiry = java.util.List.of();
            } catch (InvalidInquiryException invalid) {
                withTheInquiry = invalid.violations().stream()
                        .map(violation -> violation.field() + ":" + violation.messageKey())
                        .toList();
            }

            assertThat(IntakeValidator.checkConsentNote(note).stream()
                            .map(violation -> violation.field() + ":" + violation.messageKey()))
                    .as(note)
                    .containsExactlyElementsOf(withTheInquiry);
        }
        assertThat(IntakeValidator.checkConsentNote(null))
                .extracting("messageKey")
                .containsExactly("validation.required");
    }

    @Test
    void a_client_still_needs_the_consent_box() {
        var unticked = new InquiryRequest(
                "Wang Wei",
                null,
                "wang@example.cn",
                null,
                null,
                "ceramics",
                "Quote",
                "Please quote.",
                "zh",
                null,
                null);

        assertThat(violations(unticked, IntakeContext.api("10.0.0.1"))).containsExactly("consent:validation.consent");
    }

    private static java.util.List<String> violations(InquiryRequest request, IntakeContext context) {
        try {
            IntakeValidator.validate(request, LINES::contains, context);
        } catch (InvalidInquiryException invalid) {
            return invalid.violations().stream()
                    .map(violation -> violation.field() + ":" + violation.messageKey())
                    .toList();
        }
        throw new AssertionError("expected the request to be refused");
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
