package com.inquirydesk.base;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The character rules every typed field shares, so that the public form, the API and the administrative forms
 * agree on them: invisible characters that change how text reads or compares are dropped, text is
 * NFC-normalised, a single-line field holds no line break of any kind, and text must be well-formed Unicode.
 */
public final class FieldText {

    /**
     * Invisible characters that disguise text: bidirectional embeddings, overrides and isolates (U+202A–U+202E,
     * U+2066–U+2069), the marks LRM, RLM and ALM (U+200E, U+200F, U+061C), zero-width space, non-joiner and
     * joiner (U+200B–U+200D), the word joiner (U+2060) and the byte order mark (U+FEFF).
     */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B-\\u200D\\u2060\\uFEFF]");

    /** Every way to end a line: CR LF, CR, LF, NEL and the Unicode line and paragraph separators. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u0085\\u2028\\u2029]");

    private FieldText() {}

    /** The text without invisible characters, NFC-normalised and trimmed; empty when absent. */
    public static String clean(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(INVISIBLE.matcher(raw).replaceAll(""), Normalizer.Form.NFC)
                .strip();
    }

    /**
     * Whether the text may stand in a single-line field: no line break of any kind and no other control character
     * (they are how header injection starts).
     */
    public static boolean isSingleLine(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    /** Multi-line text with every line break as one {@code \n}. */
    public static String withLineFeeds(String text) {
        return LINE_BREAK.matcher(text).replaceAll("\n");
    }

    /**
     * Whether every surrogate is half of a pair: a lone one (which JSON can send as {@code "\ud800"}) is no
     * character, and would be stored as {@code ?}.
     */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
