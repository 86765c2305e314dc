package com.inquirydesk.notification.mailbox;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes RFC 2047 encoded words in subjects, names and file names the same way whatever Jakarta Mail's
 * system properties say: words glued to text ({@code Re:=?GBK?B?..?=}) are decoded, and adjacent words of one
 * charset are joined as bytes first, because mailers split a Chinese character across two words.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t\\u0000-\\u001F\\u007F]+");

    private EncodedWords() {}

    /**
     * A header value as one decoded line: raw 8-bit bytes read as UTF-8 or GB18030, encoded words decoded,
     * folding and control characters turned into spaces, NFC-normalised and stripped.
     */
    static String header(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        String unfolded = raw.replaceAll("\\r?\\n(?=[ \\t])", "");
        String decoded = decode(MailCharsets.rawHeader(unfolded));
        return Normalizer.normalize(LINE_BREAKS.matcher(decoded).replaceAll(" "), Normalizer.Form.NFC)
                .strip();
    }

    /** The text with every well-formed encoded word decoded; plain text and malformed words stay as they are. */
    static String decode(String text) {
        Matcher word = WORD.matcher(text);
        if (!word.find()) {
            return text;
        }
        var out = new StringBuilder(text.length());
        int copied = 0;
        Run run = null;
        do {
            String between = text.substring(copied, word.start());
            byte[] bytes = bytes(word.group(2), word.group(3));
            String charset = charset(word.group(1));
            if (bytes == null) {
                flush(run, out);
                run = null;
                out.append(between).append(word.group());
            } else if (run != null && between.isBlank()) {
                // whitespace between adjacent encoded words is not part of the text (RFC 2047, 6.2)
                if (run.charset.equals(charset)) {
                    run.add(bytes, word.group());
                } else {
                    flush(run, out);
                    run = new Run(charset, bytes, word.group());
                }
            } else {
                flush(run, out);
                out.append(between);
                run = new Run(charset, bytes, word.group());
            }
            copied = word.end();
        } while (word.find());
        flush(run, out);
        out.append(text, copied, text.length());
        return out.toString();
    }

    private static String charset(String declared) {
        int language = declared.indexOf('*'); // RFC 2231: charset*language
        return (language >= 0 ? declared.substring(0, language) : declared).toLowerCase(Locale.ROOT);
    }

    private static void flush(@Nullable Run run, StringBuilder out) {
        if (run == null) {
            return;
        }
        try {
            out.append(MailCharsets.decode(run.bytes.toByteArray(), run.charset));
        } catch (UnreadableMailException unknownCharset) {
            out.append(run.source);
        }
    }

    private static byte @Nullable [] bytes(String encoding, String encoded) {
        try {
            if (encoding.equalsIgnoreCase("B")) {
                return Base64.getDecoder().decode(encoded);
            }
            return quotedPrintable(encoded);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static byte[] quotedPrintable(String encoded) {
        var out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=') {
                int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                out.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                throw new IllegalArgumentException("8-bit character");
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** Adjacent words of one charset, decoded together. */
    private static final class Run {
        final String charset;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final StringBuilder source = new StringBuilder();

        Run(String charset, byte[] first, String word) {
            this.charset = charset;
            add(first, word);
        }

        void add(byte[] more, String word) {
            bytes.writeBytes(more);
            source.append(word);
        }
    }
}
