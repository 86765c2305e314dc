package com.inquirydesk.staff;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What makes a staff password acceptable: at least 12 characters, at most the 72 bytes that bcrypt reads,
 * nothing from the account's own name or address, and rated at least "safely unguessable" (3 of 4) by the
 * zxcvbn strength estimator with its dictionary of common passwords.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final int MIN_SCORE = 3;
    private static final int MIN_PERSONAL_TOKEN = 3;

    private final Zxcvbn estimator = new Zxcvbn();

    /**
     * @param personal the account's username, display name and email address: a password must not contain them
     * @throws WeakPasswordException with the reason, when the password is refused
     */
    void check(String password, @Nullable String... personal) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPasswordException("password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPasswordException("password.tooLong", MAX_BYTES);
        }
        List<String> tokens = personalTokens(personal);
        String lower = password.toLowerCase(Locale.ROOT);
        if (tokens.stream().anyMatch(lower::contains)) {
            throw new WeakPasswordException("password.personal");
        }
        Strength strength = estimator.measure(password, tokens);
        try {
            if (strength.getScore() < MIN_SCORE) {
                throw new WeakPasswordException(
                        isMostlyCommon(strength, password) ? "password.common" : "password.weak");
            }
        } finally {
            strength.wipe();
        }
    }

    /** Whether dictionary words of common passwords make up at least half of it, e.g. "Password123456". */
    private static boolean isMostlyCommon(Strength strength, String password) {
        int common = strength.getSequence().stream()
                .filter(match -> match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName))
                .mapToInt(PasswordPolicy::length)
                .sum();
        return common * 2 >= password.length();
    }

    private static int length(Match match) {
        return match.j - match.i + 1;
    }

    /** The username, the name and the address's local part, each whole and word by word, in lower case. */
    private static List<String> personalTokens(@Nullable String... personal) {
        return Arrays.stream(personal)
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.toLowerCase(Locale.ROOT).strip())
                .map(value -> value.contains("@") ? value.substring(0, value.indexOf('@')) : value)
                .flatMap(value -> Stream.concat(
                        Stream.of(value).filter(whole -> whole.length() >= MIN_PERSONAL_TOKEN),
                        Arrays.stream(value.split("[\\s._-]+")).filter(word -> word.length() > MIN_PERSONAL_TOKEN)))
                .distinct()
                .toList();
    }
}
