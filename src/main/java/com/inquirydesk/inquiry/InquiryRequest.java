package com.inquirydesk.inquiry;

import com.inquirydesk.base.Language;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An inquiry as a client typed it, from the web form or the REST API: untrusted, unvalidated text.
 *
 * @param productLine the code of an active product line
 * @param language the preferred reply language, {@code en} or {@code zh}
 * @param consent whether the client agreed to the storage of the inquiry
 * @param website the honeypot: people leave it empty, bots fill it
 */
public record InquiryRequest(
        @Nullable String name,
        @Nullable String company,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String country,
        @Nullable String productLine,
        @Nullable String subject,
        @Nullable String message,
        @Nullable String language,
        @Nullable Boolean consent,
        @Nullable String website) {

    /** An empty form, answered in this language unless the client picks another. */
    public static InquiryRequest blank(Language language) {
        return new InquiryRequest(null, null, null, null, null, null, null, null, language.code(), null, null);
    }

    /**
     * A form as posted, by field name: text only, so that nothing a client sends fails to convert; absent fields
     * are null, and a {@code consent} box counts as ticked when it sent any value.
     */
    public static InquiryRequest fromFields(Map<String, ? extends List<String>> fields) {
        String consent = first(fields, "consent");
        return new InquiryRequest(
                first(fields, "name"),
                first(fields, "company"),
                first(fields, "email"),
                first(fields, "phone"),
                first(fields, "country"),
                first(fields, "productLine"),
                first(fields, "subject"),
                first(fields, "message"),
                first(fields, "language"),
                consent != null && !consent.isBlank(),
                first(fields, "website"));
    }

    /** This request, answered in {@code language} when it names no language of its own. */
    public InquiryRequest withDefaultLanguage(Language language) {
        if (this.language != null) {
            return this;
        }
        return new InquiryRequest(
                name, company, email, phone, country, productLine, subject, message, language.code(), consent, website);
    }

    private static @Nullable String first(Map<String, ? extends List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
