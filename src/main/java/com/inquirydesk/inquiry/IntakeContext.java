package com.inquirydesk.inquiry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a submission comes from, for spam defence and rate limits.
 *
 * @param clientIp the client's IP address, if known
 * @param formShownAt when the form was shown to the client (web form only, when known), to spot bots that fill
 *     it too fast
 */
public record IntakeContext(
        InquirySource source,
        @Nullable String clientIp,
        @Nullable Instant formShownAt) {

    public static IntakeContext api(@Nullable String clientIp) {
        return new IntakeContext(InquirySource.API, clientIp, null);
    }

    public static IntakeContext form(@Nullable String clientIp, @Nullable Instant formShownAt) {
        return new IntakeContext(InquirySource.FORM, clientIp, formShownAt);
    }
}
