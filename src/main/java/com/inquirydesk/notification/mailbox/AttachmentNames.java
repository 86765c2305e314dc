package com.inquirydesk.notification.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names the files of a mail: the name it gives, decoded (RFC 2047 and RFC 2231) and without folders, which a
 * hostile mail could use to climb out of a directory; else a default from the content type.
 */
final class AttachmentNames {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/zip", "zip"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"),
            Map.entry("image/bmp", "bmp"),
            Map.entry("text/plain", "txt"),
            Map.entry("text/html", "html"),
            Map.entry("text/csv", "csv"),
            Map.entry("text/calendar", "ics"));
    private static final Pattern RFC2231_LEFTOVER =
            Pattern.compile("^([A-Za-z0-9._:-]+)'[A-Za-z0-9-]*'(.*%[0-9A-Fa-f]{2}.*)$");

    private AttachmentNames() {}

    /** The decoded file name without any folder, or null when the part names none. */
    static @Nullable String of(Part part) {
        String raw;
        try {
            raw = part.getFileName();
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
        if (raw == null) {
            return null;
        }
        String name = EncodedWords.header(rfc2231(raw));
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }

    /** A value Jakarta Mail left RFC 2231-encoded because it did not know its charset ({@code x-gbk''%D6%D0}). */
    private static String rfc2231(String value) {
        Matcher encoded = RFC2231_LEFTOVER.matcher(value);
        if (!encoded.matches()) {
            return value;
        }
        var bytes = new ByteArrayOutputStream();
        String text = encoded.group(2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return MailCharsets.decode(bytes.toByteArray(), encoded.group(1));
        } catch (UnreadableMailException unknown) {
            return value;
        }
    }

    /** A name for a file the mail does not name: {@code image-2.png}, {@code attachment-3.bin}, {@code forwarded.eml}. */
    static String fallback(String contentType, int number, List<MailPart> earlier) {
        if (contentType.equals("message/rfc822") || contentType.equals("message/global")) {
            return earlier.stream().anyMatch(part -> part.fileName().equals("forwarded.eml"))
                    ? "forwarded-" + number + ".eml"
                    : "forwarded.eml";
        }
        String prefix = contentType.startsWith("image/") ? "image" : "attachment";
        return prefix + "-" + number + "." + EXTENSIONS.getOrDefault(contentType, "bin");
    }
}
