package com.inquirydesk.inquiry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a submission comes from, for spam defence and rate limits.
 *
 * @param clientAddress the client's IP address, if known
 * @param formShownAt when the form was shown to the client (web form only, when known), to spot bots that fill
 *     it too fast
 */
public record IntakeContext(
        InquirySource source,
        @Nullable String clientAddress,
        @Nullable Instant formShownAt) {

    public static IntakeContext api(@Nullable String clientAddress) {
        return new IntakeContext(InquirySource.API, clientAddress, null);
    }

    public static IntakeContext form(@Nullable String clientAddress, @Nullable Instant formShownAt) {
        return new IntakeContext(InquirySource.FORM, clientAddress, formShownAt);
    }
}
