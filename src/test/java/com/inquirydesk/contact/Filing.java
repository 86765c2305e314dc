package com.inquirydesk.contact;

import com.inquirydesk.MutableClock;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contact tests' way to file a client's inquiry, as the API does, and to read where it was filed. */
final class Filing {

    private final IntakeService intake;
    private final MutableClock clock;
    private final JdbcClient jdbc;

    Filing(IntakeService intake, MutableClock clock, JdbcClient jdbc) {
        this.intake = intake;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Files the inquiry a second after the one before, so that each is the newer; returns its reference. */
    String submit(InquiryRequest request, String clientIp) {
        clock.advance(Duration.ofSeconds(1));
        return intake.submit(request, IntakeContext.api(clientIp)).reference();
    }

    /** A client's inquiry in English, with consent, asking for a quote. */
    static InquiryRequest request(
            String name, String email, @Nullable String phone, @Nullable String country, String line, String subject) {
        return new InquiryRequest(name, null, email, phone, country, line, subject, "Please quote.", "en", true, null);
    }

    long inquiryId(String reference) {
        return jdbc.sql("select id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    long contactOf(String reference) {
        return jdbc.sql("select contact_id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    @Nullable
    Long organisationOf(long contact) {
        return jdbc.sql("select organisation_id from contact where id = ?")
                .param(contact)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
