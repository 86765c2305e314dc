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
import java.util.Set;
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
        String type = ContentTypes.base(part);
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
                    if (!SIGNATURES.contains(ContentTypes.base(child))) {
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
                if (ContentTypes.base(child).equals("text/plain")
                        && !isAttachment(child)
                        && !text(child, true).isBlank()) {
                    chosen = i;
                }
            }
            for (int i = children.size() - 1; i >= 0 && chosen < 0; i--) {
                String type = ContentTypes.base(children.get(i));
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
            if (type.equals("text/plain") && isFlowed(part)) {
                text = FlowedText.unflow(text, "yes".equalsIgnoreCase(ContentTypes.parameter(part, "delsp")));
            }
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
        leaves.add(new Leaf(type, AttachmentNames.of(part), contentId(part), isInline(part), bytes(part)));
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
            String name = leaf.fileName() != null
                    ? leaf.fileName()
                    : AttachmentNames.fallback(leaf.contentType(), attachments.size() + 1, attachments);
            attachments.add(new MailPart(name, leaf.contentType(), leaf.content(), shown || leaf.inline()));
        }
    }

    /**
     * The text of a part in its declared charset. A body part in an unknown charset cannot be read; a part read
     * only for its image references falls back to ISO-8859-1, which keeps ASCII intact.
     */
    private static String text(Part part, boolean body)
            throws MessagingException, IOException, UnreadableMailException {
        byte[] bytes = bytes(part);
        try {
            return MailCharsets.decode(bytes, ContentTypes.parameter(part, "charset"));
        } catch (UnreadableMailException unknown) {
            if (body) {
                throw unknown;
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean isFlowed(Part part) {
        return "flowed".equalsIgnoreCase(ContentTypes.parameter(part, "format"));
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            var out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static boolean isAttachment(Part part) {
        return "attachment".equalsIgnoreCase(disposition(part)) || AttachmentNames.of(part) != null;
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

    private record Segment(String text, boolean html) {}

    private record Leaf(
            String contentType,
            @Nullable String fileName,
            @Nullable String contentId,
            boolean inline,
            byte[] content) {}
}
