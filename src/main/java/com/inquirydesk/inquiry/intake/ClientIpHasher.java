package com.inquirydesk.inquiry.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Stores client IP addresses only as keyed hashes: enough to spot one source, not to recover the address. */
@Component
class ClientIpHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    ClientIpHasher(IntakeProperties properties) {
        byte[] secret = properties.ipHashSecret().isBlank()
                ? randomSecret()
                : properties.ipHashSecret().getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    @Nullable
    String hash(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
