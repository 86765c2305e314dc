package com.inquirydesk.notification.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the msg-ids of Message-ID, In-Reply-To and References in one form, {@code <id@host>}, for threading. */
final class MessageIdHeaders {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MessageIdHeaders() {}

    /** The first msg-id of the header, or null when it has none. */
    static @Nullable String first(@Nullable String header) {
        List<String> ids = all(header);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    /**
     * Every msg-id in the header, in its order. Ids written without angle brackets (as some mailers do) are
     * taken when they contain an {@code @}; whitespace that folding left inside an id is removed.
     */
    static List<String> all(@Nullable String header) {
        var ids = new ArrayList<String>();
        if (header == null || header.isBlank()) {
            return ids;
        }
        Matcher bracketed = BRACKETED.matcher(header);
        while (bracketed.find()) {
            String id = WHITESPACE.matcher(bracketed.group(1)).replaceAll("");
            if (!id.isEmpty()) {
                ids.add("<" + id + ">");
            }
        }
        if (ids.isEmpty()) {
            for (String token : WHITESPACE.split(header.strip())) {
                String id = token.replaceAll("[,;]+$", "");
                if (id.contains("@")) {
                    ids.add("<" + id + ">");
                }
            }
        }
        return ids;
    }
}
