package com.inquirydesk.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Inquiry Desk speaks: the page, the mails and the stored reply language. */
public enum Language {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locales offered to users, English first (the fallback). */
    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The language of a locale: Chinese for any {@code zh} locale, otherwise English. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /**
     * The language a text is written in, for a client who did not say: Chinese when at least a fifth of its
     * letters (and at least two) are Han characters, so that a Chinese mail with English product names stays
     * Chinese; otherwise English.
     */
    public static Language ofText(String text) {
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return han >= 2 && han * 5 >= letters ? ZH : EN;
    }

    /** Parses {@code en} or {@code zh} (any case); empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }
}
