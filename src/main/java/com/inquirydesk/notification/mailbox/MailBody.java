package com.inquirydesk.notification.mailbox;

import com.inquirydesk.notification.mailbox.QuoteFolding.Folded;
import com.inquirydesk.notification.mailbox.UnreadableMailException.Reason;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks the MIME tree of one mail: picks its text (plain text over HTML in an alternative), collects attachments
 * and large inline parts, and leaves out the small inline images that signatures carry.
 */
final class MailBody {

    static final int SMALL_INLINE_IMAGE = 50 * 1024;

    private static final int MAX_DEPTH = 20;
    private static final Set<String> REPORT_PARTS = Set.of(
            "message/delivery-status",
            "message/global-delivery-status",
            "message/disposition-notification",
            "text/rfc822-headers",
            "message/rfc822-headers");
    private static final Set<String> SIGNATURES =
            Set.of("application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature");
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

    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();
    private final List<Leaf> leaves = new ArrayList<>();
    private final List<MailPart> attachments = new ArrayList<>();
    private int skippedInlineImages;

    /** Reads the whole tree of the mail. */
    void read(Part mail) throws MessagingException, IOException, UnreadableMailException {
        walk(mail, true, 0);
        resolveLeaves();
    }

    /** The new text and the folded quote, over all text parts of the mail. */
    Folded folded() {
        var fresh = new ArrayList<String>();
        var quotes = new ArrayList<String>();
        for (Segment segment : segments) {
            Folded part = segment.html() ? HtmlText.split(segment.text()) : new Folded(segment.text(), null);
            String text = InboundMailParser.cleanText(part.text());
            if (!text.isEmpty()) {
                fresh.add(text);
            }
            if (part.quoted() != null) {
                quotes.add(InboundMailParser.cleanText(part.quoted()));
            }
        }
        Folded lines = QuoteFolding.split(String.join("\n\n", fresh));
        if (lines.quoted() != null) {
            quotes.addFirst(lines.quoted());
        }
        String quoted = String.join("\n\n", quotes).strip();
        return new Folded(lines.text().strip(), quoted.isEmpty() ? null : quoted);
    }

    List<MailPart> attachments() {
        return attachments;
    }

    int skippedInlineImages() {
        return skippedInlineImages;
    }

    private void walk(Part part, boolean body, int depth)
            throws MessagingException, IOException, UnreadableMailException {
        if (depth > MAX_DEPTH) {
            throw new UnreadableMailException(Reason.BROKEN_MIME, "parts nested more than " + MAX_DEPTH + " deep");
        }
        String type = DeliveryReportReader.baseType(part);
        if (type.startsWith("multipart/")) {
            if (!(part instanceof MimePart mime)) {
                throw new UnreadableMailException(Reason.BROKEN_MIME, "multipart without MIME headers");
            }
            var multipart = new MimeMultipart(new MimePartDataSource(mime));
            var children = new ArrayList<Part>();
            for (int i = 0; i < multipart.getCount(); i++) {
                children.add(multipart.getBodyPart(i));
            }
            if (type.equals("multipart/alternative")) {
                alternative(children, body, depth);
            } else {
                for (Part child : children) {
                    if (!SIGNATURES.contains(DeliveryReportReader.baseType(child))) {
                        walk(child, body, depth + 1);
                    }
                }
            }
        } else {
            leaf(part, type, body);
        }
    }

    /** Plain text when it says something, else the last (richest) part; the others only give their files. */
    private void alternative(List<Part> children, boolean body, int depth)
            throws MessagingException, IOException, UnreadableMailException {
        int chosen = -1;
        if (body) {
            for (int i = 0; i < children.size() && chosen < 0; i++) {
                Part child = children.get(i);
                if (DeliveryReportReader.baseType(child).equals("text/plain")
                        && !isAttachment(child)
                        && !text(child, true).isBlank()) {
                    chosen = i;
                }
            }
            for (int i = children.size() - 1; i >= 0 && chosen < 0; i--) {
                String type = DeliveryReportReader.baseType(children.get(i));
                if (type.equals("text/html") || type.startsWith("multipart/")) {
                    chosen = i;
                }
            }
            if (chosen < 0 && !children.isEmpty()) {
                chosen = 0;
            }
        }
        for (int i = 0; i < children.size(); i++) {
            walk(children.get(i), i == chosen, depth + 1);
        }
    }

    private void leaf(Part part, String type, boolean body)
            throws MessagingException, IOException, UnreadableMailException {
        boolean attachment = isAttachment(part);
        if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
            String text = text(part, body);
            if (type.equals("text/html")) {
                html.append(text).append('\n');
            }
            if (body) {
                segments.add(new Segment(text, type.equals("text/html")));
            }
            return;
        }
        if ((REPORT_PARTS.contains(type) && !attachment) || SIGNATURES.contains(type)) {
            return; // a bounce's report is read by DeliveryReportReader; signatures are no files
        }
        leaves.add(new Leaf(type, fileName(part), contentId(part), isInline(part), bytes(part)));
    }

    private void resolveLeaves() {
        String references = html.toString().toLowerCase(Locale.ROOT);
        for (Leaf leaf : leaves) {
            boolean shown = leaf.contentId() != null
                    && references.contains("cid:" + leaf.contentId().toLowerCase(Locale.ROOT));
            if (shown && leaf.content().length < SMALL_INLINE_IMAGE) {
                skippedInlineImages++;
                continue;
            }
            int number = attachments.size() + 1;
            String name = leaf.fileName() != null ? leaf.fileName() : defaultName(leaf.contentType(), number);
            attachments.add(new MailPart(name, leaf.contentType(), leaf.content(), shown || leaf.inline()));
        }
    }

    private String defaultName(String contentType, int number) {
        if (contentType.equals("message/rfc822") || contentType.equals("message/global")) {
            return attachments.stream().anyMatch(part -> part.fileName().equals("forwarded.eml"))
                    ? "forwarded-" + number + ".eml"
                    : "forwarded.eml";
        }
        String prefix = contentType.startsWith("image/") ? "image" : "attachment";
        return prefix + "-" + number + "." + EXTENSIONS.getOrDefault(contentType, "bin");
    }

    /**
     * The text of a part in its declared charset. A body part in an unknown charset cannot be read; a part read
     * only for its image references falls back to ISO-8859-1, which keeps ASCII intact.
     */
    private static String text(Part part, boolean body)
            throws MessagingException, IOException, UnreadableMailException {
        byte[] bytes = bytes(part);
        try {
            return MailCharsets.decode(bytes, DeliveryReportReader.charset(part));
        } catch (UnreadableMailException unknown) {
            if (body) {
                throw unknown;
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            var out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static boolean isAttachment(Part part) {
        return "attachment".equalsIgnoreCase(disposition(part)) || fileName(part) != null;
    }

    private static boolean isInline(Part part) {
        return "inline".equalsIgnoreCase(disposition(part));
    }

    private static @Nullable String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    private static @Nullable String contentId(Part part) {
        String id = InboundMailParser.header(part, "Content-ID");
        if (id == null) {
            return null;
        }
        String bare = id.strip();
        if (bare.startsWith("<") && bare.endsWith(">")) {
            bare = bare.substring(1, bare.length() - 1).strip();
        }
        return bare.isEmpty() ? null : bare;
    }

    /** The decoded file name without any folder, or null when the part names none. */
    static @Nullable String fileName(Part part) {
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

    private record Segment(String text, boolean html) {}

    private record Leaf(
            String contentType,
            @Nullable String fileName,
            @Nullable String contentId,
            boolean inline,
            byte[] content) {}
}
