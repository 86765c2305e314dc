package com.inquirydesk.notification.mailbox;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads addresses and display names from From, To and the like as mailers really write them: names in encoded
 * words inside quotes, raw GBK bytes, comments; the display name is decoded here rather than by Jakarta Mail,
 * whose decoding depends on system properties.
 */
final class AddressHeaders {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");

    private AddressHeaders() {}

    /** The first mailbox of an address header, its display name decoded; null when it has no address. */
    static @Nullable MailAddress first(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = MailCharsets.rawHeader(header.replaceAll("\\r?\\n", ""));
        String first = firstMailbox(value);
        String address = address(first);
        if (address == null) {
            return null;
        }
        String name = displayName(first);
        return new MailAddress(name, address);
    }

    private static @Nullable String address(String mailbox) {
        String address = null;
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(mailbox, false);
            if (parsed.length > 0 && parsed[0].getAddress() != null) {
                address = parsed[0].getAddress();
            }
        } catch (AddressException | RuntimeException unparseable) {
            // the pattern below still finds a plain address
        }
        if (address == null || !ADDRESS.matcher(address).matches()) {
            Matcher plain = ADDRESS.matcher(mailbox);
            address = plain.find() ? plain.group() : null;
        }
        return address == null ? null : Normalizer.normalize(address.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** The text of the first mailbox: up to the first comma outside quotes, comments and angle brackets. */
    private static String firstMailbox(String header) {
        boolean quoted = false;
        int comment = 0;
        boolean angle = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                comment++;
            } else if (!quoted && c == ')' && comment > 0) {
                comment--;
            } else if (!quoted && comment == 0 && c == '<') {
                angle = true;
            } else if (!quoted && comment == 0 && c == '>') {
                angle = false;
            } else if (!quoted && comment == 0 && !angle && c == ',' && i > 0) {
                String before = header.substring(0, i);
                if (ADDRESS.matcher(before).find()) {
                    return before;
                }
            }
        }
        return header;
    }

    /** "Name" &lt;address&gt;, or address (Name); null when there is no name. */
    private static @Nullable String displayName(String mailbox) {
        String phrase;
        int angle = angleStart(mailbox);
        if (angle >= 0) {
            phrase = mailbox.substring(0, angle);
        } else {
            int open = mailbox.indexOf('(');
            int close = mailbox.lastIndexOf(')');
            phrase = open >= 0 && close > open ? mailbox.substring(open + 1, close) : "";
        }
        phrase = phrase.strip();
        if (phrase.length() >= 2 && phrase.startsWith("\"") && phrase.endsWith("\"")) {
            phrase = phrase.substring(1, phrase.length() - 1).replaceAll("\\\\(.)", "$1");
        } else {
            phrase = phrase.replace("\"", "");
        }
        String name = EncodedWords.header(phrase);
        return name.isEmpty() ? null : name;
    }

    private static int angleStart(String mailbox) {
        boolean quoted = false;
        for (int i = 0; i < mailbox.length(); i++) {
            char c = mailbox.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** Every address of the header, lower-cased; a plain search for addresses when the header cannot be parsed. */
    static List<String> all(String header) {
        var found = new ArrayList<String>();
        String value = MailCharsets.rawHeader(header.replaceAll("\\r?\\n", ""));
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                String plain = address.getAddress();
                if (plain != null && ADDRESS.matcher(plain).matches()) {
                    found.add(plain.toLowerCase(Locale.ROOT));
                }
            }
        } catch (AddressException | RuntimeException unparseable) {
            found.clear();
        }
        if (found.isEmpty()) {
            Matcher plain = ADDRESS.matcher(value);
            while (plain.find()) {
                found.add(plain.group().toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
