package com.inquirydesk.catalog;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for a product line's keywords: how an administrator writes them (separated by commas or lines) and
 * when a mail contains one. A keyword with a Chinese (or other CJK) character is found anywhere in the text, as
 * Chinese is written without spaces; any other keyword only as a whole word or phrase, so that "iron" is not found
 * in "environment". Case and full-width letters do not matter.
 */
final class ProductLineKeywords {

    static final int MAX_LENGTH = 1000;

    /** Commas (also the Chinese ones), the Chinese enumeration comma, semicolons and line breaks. */
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\r\\n]+");

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    private ProductLineKeywords() {}

    /** The keywords in the order written, each once (ignoring case), with their spaces tidied. */
    static List<String> parse(@Nullable String raw) {
        if (raw == null) {
            return List.of();
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        for (String part : SEPARATORS.split(raw)) {
            String keyword = part.strip().replaceAll("\\s+", " ");
            if (!keyword.isEmpty()) {
                keywords.putIfAbsent(fold(keyword), keyword);
            }
        }
        return List.copyOf(keywords.values());
    }

    /** The keywords as stored and shown: separated by a comma and a space. */
    static String format(List<String> keywords) {
        return String.join(", ", keywords);
    }

    /** A text prepared for {@link #foundIn}: the same folding as the keywords get. */
    static String prepare(String text) {
        return fold(text);
    }

    /** Whether the keyword occurs in a text made by {@link #prepare}. */
    static boolean foundIn(String keyword, String preparedText) {
        String needle = fold(keyword);
        if (needle.isEmpty()) {
            return false;
        }
        if (CJK.matcher(needle).find()) {
            return preparedText.contains(needle);
        }
        String phrase = Pattern.quote(needle).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CHARACTER_CLASS)
                .matcher(preparedText)
                .find();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
