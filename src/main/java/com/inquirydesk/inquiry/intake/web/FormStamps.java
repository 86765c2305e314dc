package com.inquirydesk.inquiry.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * When the public form was shown, carried in the form itself and signed, so that the server keeps nothing per
 * visitor and a bot cannot claim it took its time. The key is made at start: a stamp from before a restart
 * does not verify and the submission is simply not timed.
 */
@Component
class FormStamps {

    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;
    private final SecretKeySpec key;

    FormStamps(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A stamp for a form shown now. */
    String issue() {
        String millis = Long.toString(clock.millis());
        return millis + "." + signature(millis);
    }

    /** When the form with this stamp was shown; empty when the stamp is missing, malformed or not ours. */
    Optional<Instant> shownAt(@Nullable String stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot < 1 || dot > 19) {
            return Optional.empty();
        }
        String millis = stamp.substring(0, dot);
        byte[] expected = signature(millis).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String millis) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(millis.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
