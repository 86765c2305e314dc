package com.inquirydesk.notification.mailbox;

import com.inquirydesk.notification.mailbox.UnreadableMailException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the charset names that Chinese and other mailers write into charsets the JDK has, and bytes into text:
 * mailers write {@code x-gbk} or {@code gb_2312-80}, and text declared GB2312 often holds characters only GBK or
 * GB18030 has, so the whole family is read as GB18030, which contains them all.
 */
final class MailCharsets {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Names the JDK does not know, mapped to the charset they mean. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("x-gbk", "GBK"),
            Map.entry("gb_2312-80", "GB2312"),
            Map.entry("ks_c_5601-1987", "EUC-KR"),
            Map.entry("utf8", "UTF-8"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"));

    /** Read as GB18030, their superset. */
    private static final Set<String> GB_FAMILY =
            Set.of("gbk", "gb2312", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "gb18030");

    /** Korean text from Windows mailers uses Microsoft's superset of EUC-KR. */
    private static final Set<String> KOREAN = Set.of("euc-kr", "ks_c_5601-1987");

    private MailCharsets() {}

    /**
     * The charset to read text declared with this name.
     *
     * @throws UnreadableMailException {@code UNKNOWN_CHARSET} when this JDK has no such charset
     */
    static Charset forName(String declared) throws UnreadableMailException {
        String name = declared.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        name = ALIASES.getOrDefault(name, name).toLowerCase(Locale.ROOT);
        if (GB_FAMILY.contains(name)) {
            return GB18030;
        }
        if (KOREAN.contains(name) && Charset.isSupported("x-windows-949")) {
            return Charset.forName("x-windows-949");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableMailException(Reason.UNKNOWN_CHARSET, "unknown charset " + declared.strip());
        }
    }

    /**
     * The text these bytes hold. Without a declared charset (or with US-ASCII, which mailers write for anything),
     * the bytes are read as UTF-8 when they are valid UTF-8, else as GB18030; bytes that do not fit the charset
     * become U+FFFD. A leading byte order mark is dropped.
     *
     * @throws UnreadableMailException {@code UNKNOWN_CHARSET} when a charset is declared that this JDK lacks
     */
    static String decode(byte[] bytes, @Nullable String declared) throws UnreadableMailException {
        String text;
        if (declared == null || declared.isBlank() || isAscii(declared)) {
            text = undeclared(bytes);
        } else {
            text = new String(bytes, forName(declared));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isAscii(String declared) {
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        return name.equals("us-ascii") || name.equals("ascii");
    }

    private static String undeclared(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /**
     * A header value as read by Jakarta Mail, which keeps each raw 8-bit byte as one character (ISO-8859-1), read
     * again as UTF-8 or else GB18030: some mailers write headers in raw bytes instead of encoded words.
     */
    static String rawHeader(String value) {
        boolean eightBit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            eightBit |= c >= 0x80;
        }
        if (!eightBit) {
            return value;
        }
        return undeclared(value.getBytes(StandardCharsets.ISO_8859_1));
    }
}
