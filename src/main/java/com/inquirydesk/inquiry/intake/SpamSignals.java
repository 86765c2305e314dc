package com.inquirydesk.inquiry.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The spam rule, in one place for every door: a filled honeypot, or two signals together, files an inquiry as spam
 * (status {@code SPAM}, nobody notified); one signal alone only marks it suspected, and it is handled like any other
 * inquiry, because one signal is also what a real client shows: a browser's autofill sends the form in a second.
 *
 * <p>The signals, by the codes stored with the inquiry:
 *
 * <ul>
 *   <li>{@value #TOO_FAST}: a form measured its fill time and it was under {@code inquiry.intake.min-fill-time};
 *   <li>{@value #LINKS}: the subject and message hold {@value #MANY_LINKS} or more links ({@code http://},
 *       {@code https://} or {@code www.}, each counted once);
 *   <li>{@value #RATE}: the client's IP address or email address had already used half its limit or more
 *       ({@code per-ip-limit}, {@code per-email-limit}) in the window before this inquiry.
 * </ul>
 */
final class SpamSignals {

    static final String HONEYPOT = "honeypot";
    static final String TOO_FAST = "too-fast";
    static final String LINKS = "links";
    static final String RATE = "rate";

    /** From this many links on, the text is a signal. */
    static final int MANY_LINKS = 2;

    /**
     * A link as people and spammers write one, up to the first character no address holds (a space, a Chinese
     * character): {@code https://www.example.com/?to=www.example.org} is one link, not two.
     */
    private static final Pattern LINK = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)[\\w\\-.~:/?#@!$&*+,;=%]+");

    private SpamSignals() {}

    /**
     * What the rule makes of one submission, each as the signals' codes joined by commas.
     *
     * @param spamReason why it is spam; null when it is not
     * @param suspicion the one signal that makes it suspected spam; null when there is none, or when it is spam
     */
    record Verdict(@Nullable String spamReason, @Nullable String suspicion) {}

    /**
     * Applies the rule.
     *
     * @param fillTime how long the form was shown before it was sent; null where no form measured it
     * @param text what the client wrote (subject and message)
     * @param busy whether the rate signal is on ({@link #halfSpent})
     */
    static Verdict judge(
            boolean honeypot, @Nullable Duration fillTime, Duration minFillTime, String text, boolean busy) {
        if (honeypot) {
            return new Verdict(HONEYPOT, null);
        }
        List<String> signals = new ArrayList<>();
        if (fillTime != null && fillTime.compareTo(minFillTime) < 0) {
            signals.add(TOO_FAST);
        }
        if (links(text) >= MANY_LINKS) {
            signals.add(LINKS);
        }
        if (busy) {
            signals.add(RATE);
        }
        if (signals.isEmpty()) {
            return new Verdict(null, null);
        }
        String codes = String.join(",", signals);
        return signals.size() >= 2 ? new Verdict(codes, null) : new Verdict(null, codes);
    }

    /** How many links the text holds. */
    static int links(String text) {
        return (int) LINK.matcher(text).results().count();
    }

    /** The rate signal: an address that had {@code earlier} inquiries in the window is at half its limit or more. */
    static boolean halfSpent(int earlier, int limit) {
        return 2L * earlier >= limit;
    }
}
