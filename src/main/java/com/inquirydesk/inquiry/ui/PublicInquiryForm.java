package com.inquirydesk.inquiry.ui;

import com.inquirydesk.inquiry.InquiryRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The public form as the browser posts it: text only, so that nothing a client sends can fail to convert. The
 * names are those of {@link InquiryRequest}; {@code shown} carries the signed time the form was shown. Public
 * only for the page template, which reads it by reflection.
 */
public record PublicInquiryForm(
        @Nullable String name,
        @Nullable String company,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String country,
        @Nullable String productLine,
        @Nullable String subject,
        @Nullable String message,
        @Nullable String language,
        @Nullable String consent,
        @Nullable String website,
        @Nullable String shown) {

    /** The form as posted; absent fields are null. */
    static PublicInquiryForm of(MultiValueMap<String, String> posted) {
        return new PublicInquiryForm(
                posted.getFirst("name"),
                posted.getFirst("company"),
                posted.getFirst("email"),
                posted.getFirst("phone"),
                posted.getFirst("country"),
                posted.getFirst("productLine"),
                posted.getFirst("subject"),
                posted.getFirst("message"),
                posted.getFirst("language"),
                posted.getFirst("consent"),
                posted.getFirst("website"),
                posted.getFirst("shown"));
    }

    /** An empty form, answered in the given reply language unless the client picks another. */
    static PublicInquiryForm blank(String language, String shown) {
        return new PublicInquiryForm(null, null, null, null, null, null, null, null, language, null, null, shown);
    }

    InquiryRequest toRequest() {
        return new InquiryRequest(
                name, company, email, phone, country, productLine, subject, message, language, consented(), website);
    }

    /** Whether the consent box was ticked; browsers send a ticked box as its value and leave an unticked one out. */
    public boolean consented() {
        return consent != null && !consent.isBlank();
    }

    /** What the client typed into a field, to show it again; empty for none. */
    public String value(String field) {
        String value = switch (field) {
            case "name" -> name;
            case "company" -> company;
            case "email" -> email;
            case "phone" -> phone;
            case "country" -> country;
            case "productLine" -> productLine;
            case "subject" -> subject;
            case "message" -> message;
            case "language" -> language;
            default -> throw new IllegalArgumentException("No form field " + field);
        };
        return value == null ? "" : value;
    }
}
