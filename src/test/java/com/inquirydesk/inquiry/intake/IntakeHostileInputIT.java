package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.Application;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.base.FieldText;
import com.inquirydesk.base.FormInput;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.InvalidInquiryException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throws generated hostile payloads at the intake service: the only exception that may escape is the
 * validation error, a refused payload leaves no row, and an accepted one is stored clean.
 */
class IntakeHostileInputIT {

    private static ConfigurableApplicationContext context;
    private static IntakeService intake;
    private static JdbcClient jdbc;

    @BeforeContainer
    static void start() {
        context = new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(
                        "--server.port=0",
                        "--inquiry.intake.per-ip-limit=100000",
                        "--inquiry.intake.per-email-limit=100000");
        intake = context.getBean(IntakeService.class);
        jdbc = context.getBean(JdbcClient.class);
    }

    @AfterContainer
    static void stop() {
        context.close();
    }

    private static final String INVISIBLE = "[\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\u061C\\uFEFF]";

    @Property(tries = 1000)
    void hostile_input_is_refused_cleanly_or_stored_clean(@ForAll("requests") InquiryRequest request) {
        long before = count();
        IntakeReceipt receipt;
        try {
            receipt = intake.submit(request, IntakeContext.api("10.4.0.1"));
        } catch (InvalidInquiryException refused) {
            assertThat(refused.violations()).isNotEmpty();
            assertThat(count()).isEqualTo(before);
            return;
        }
        var row = jdbc.sql(
                        "select contact_name, company, email, phone, subject, message from inquiry where reference = ?")
                .param(receipt.reference())
                .query()
                .singleRow();
        assertThat(row.values()).allSatisfy(value -> {
            if (value != null) {
                String text = value.toString();
                assertThat(text).doesNotContainPattern(FormInput.MARKUP).isEqualTo(text.strip());
                assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))
                        .isEmpty();
                assertThat(text).doesNotContainPattern(INVISIBLE);
                assertThat(FieldText.isWellFormed(text)).as(text).isTrue();
            }
        });
        for (String singleLine : new String[] {"CONTACT_NAME", "EMAIL", "SUBJECT"}) {
            Object value = row.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(singleLine))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
            assertThat(value.toString()).doesNotContain("\n", "\r", "\u2028", "\u2029");
        }
    }

    @Provide
    Arbitrary<InquiryRequest> requests() {
        Arbitrary<String> name = text(120);
        Arbitrary<String> email = Arbitraries.oneOf(
                text(300),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(local -> local + "@example.com"),
                Arbitraries.of("a@b.co\r\nBcc: x@y.z", "eve@localhost", "@example.com", "x@example.com"));
        Arbitrary<String> productLine =
                Arbitraries.oneOf(Arbitraries.of("ceramics", "natural-gas", "health-food"), text(50));
        Arbitrary<String> language = Arbitraries.oneOf(Arbitraries.of("en", "zh", "ZH", " zh "), text(5));
        Arbitrary<Boolean> consent = Arbitraries.of(true, true, false).injectNull(0.1);
        Arbitrary<String> website =
                Arbitraries.oneOf(Arbitraries.just(""), text(30)).injectNull(0.5);
        return Combinators.combine(
                        List.of(name, text(250), email, text(50), text(4), productLine, text(250), text(6000)))
                .as(values -> values)
                .flatMap(values -> Combinators.combine(language, consent, website)
                        .as((lang, agreed, honeypot) -> new InquiryRequest(
                                (String) values.get(0),
                                (String) values.get(1),
                                (String) values.get(2),
                                (String) values.get(3),
                                (String) values.get(4),
                                (String) values.get(5),
                                (String) values.get(6),
                                (String) values.get(7),
                                lang,
                                agreed,
                                honeypot)));
    }

    /** Ordinary words mixed with the strings that break systems: markup, injections, control and bidi characters. */
    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<String> hostile = Arbitraries.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "'; DROP TABLE inquiry; --",
                "\r\nBcc: victim@example.com",
                "\u0000",
                "\u0007\u001b[2J",
                "\u202Egnp.exe",
                "\uFEFF",
                "Li\u200BNa\u200D\u2060",
                "\u200E\u200F\u061C",
                "\u2029Bcc: victim@example.com",
                "\uD800",
                "${jndi:ldap://x}",
                "{{7*7}}",
                "%0d%0aSet-Cookie: x=y",
                "高温陶瓷",
                "😀👍🏽",
                "e\u0301",
                "\t",
                "   ",
                "< 5 and > 3");
        Arbitrary<String> words = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("中文询价\n\r\t\u0085\u2028")
                .ofMaxLength(maxLength);
        Arbitrary<String> piece =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, words), net.jqwik.api.Tuple.of(2, hostile));
        return piece.list()
                .ofMaxSize(4)
                .map(parts -> String.join("", parts))
                .map(value -> value.length() > maxLength + 20 ? value.substring(0, maxLength + 20) : value)
                .injectNull(0.15);
    }

    private static long count() {
        return jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    }
}
