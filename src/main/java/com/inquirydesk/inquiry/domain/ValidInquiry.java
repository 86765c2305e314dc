package com.inquirydesk.inquiry.domain;

import com.inquirydesk.base.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * An inquiry request after normalisation and validation: safe to store.
 *
 * @param consentNote for an inquiry a staff member entered, how the client agreed to be contacted; null when the
 *     client ticked the consent box
 */
public record ValidInquiry(
        String name,
        @Nullable String company,
        String email,
        @Nullable String phone,
        @Nullable String country,
        String productLine,
        String subject,
        String message,
        Language language,
        boolean honeypotFilled,
        @Nullable String consentNote) {

    /** Identifies "the same inquiry again": product line, subject and message, hashed. */
    public String contentHash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {productLine, subject, message}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
