package com.inquirydesk.notification.mailbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bounce (RFC 3464 delivery status notification, or the plain-text kind some Chinese providers send): which
 * of our mails it returns and why, so that the outbox can mark that mail as bounced.
 */
final class DeliveryReportReader {

    static final String OUTBOUND_ID_HEADER = "X-Inquiry-Desk-Mail";

    private static final int MAX_DEPTH = 20;
    private static final Pattern OUTBOUND_ID_IN_TEXT =
            Pattern.compile("(?im)^\\s*X-Inquiry-Desk-Mail:\\s*(\\d{1,18})\\b");
    private static final Pattern MESSAGE_ID_IN_TEXT = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");

    private DeliveryReportReader() {}

    /** What the bounce reports; fields it does not carry are null. */
    static DeliveryReport read(Part bounce) {
        var report = new Collected();
        collect(bounce, report, 0);
        if (report.messageId == null) {
            report.messageId = found(MESSAGE_ID_IN_TEXT, report.text);
        }
        if (report.outboundId == null) {
            report.outboundId = number(found(OUTBOUND_ID_IN_TEXT, report.text));
        }
        return new DeliveryReport(report.messageId, report.outboundId, report.status, report.diagnostic);
    }

    private static void collect(Part part, Collected report, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        try {
            String type = ContentTypes.base(part);
            if (type.startsWith("multipart/") && part instanceof MimePart mime) {
                var multipart = new MimeMultipart(new MimePartDataSource(mime));
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, report, depth + 1);
                }
            } else if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                readStatus(text(part), report);
            } else if (type.equals("text/rfc822-headers")
                    || type.equals("message/rfc822-headers")
                    || type.equals("message/rfc822")
                    || type.equals("message/global")
                    || type.equals("message/global-headers")) {
                readReturnedHeaders(part, report);
            } else if (type.startsWith("text/")) {
                report.text.append(text(part)).append('\n');
            }
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            // a part that cannot be read tells nothing; the others may
        }
    }

    private static void readReturnedHeaders(Part part, Collected report) throws MessagingException, IOException {
        if (report.messageId != null) {
            return;
        }
        try (InputStream in = part.getInputStream()) {
            var headers = new InternetHeaders(in);
            report.messageId = MessageIdHeaders.first(headers.getHeader("Message-ID", ","));
            report.outboundId = number(headers.getHeader(OUTBOUND_ID_HEADER, ","));
        }
    }

    private static void readStatus(String fields, Collected report) throws MessagingException {
        var headers = new InternetHeaders(new ByteArrayInputStream(
                // the per-message and per-recipient blocks are header blocks separated by blank lines
                fields.replaceAll("\\r?\\n[ \\t]*\\r?\\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (report.status == null) {
            report.status = oneLine(headers.getHeader("Status", null));
        }
        if (report.diagnostic == null) {
            report.diagnostic = oneLine(headers.getHeader("Diagnostic-Code", null));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            try {
                return MailCharsets.decode(bytes, ContentTypes.parameter(part, "charset"));
            } catch (UnreadableMailException unknownCharset) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
    }

    private static @Nullable String oneLine(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String line = value.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    private static @Nullable String found(Pattern pattern, CharSequence text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static @Nullable Long number(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static final class Collected {
        @Nullable
        String messageId;

        @Nullable
        Long outboundId;

        @Nullable
        String status;

        @Nullable
        String diagnostic;

        final StringBuilder text = new StringBuilder();
    }
}
