package com.inquirydesk.notification.mailbox;

import com.inquirydesk.notification.mailbox.QuoteFolding.Folded;
import com.inquirydesk.notification.mailbox.UnreadableMailException.Reason;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw bytes of one inbound mail into what the desk needs of it: threading headers, sender, decoded
 * subject, the new text apart from the quoted earlier mail, attachments and its kind. Everything it cannot read
 * ends in an {@link UnreadableMailException}, never another exception, so that one bad mail goes to quarantine
 * and the mails after it are still read.
 */
final class InboundMailParser {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern CONTROLS =
            Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFEFF]");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{4,}");
    private static final List<String> RECIPIENT_HEADERS = List.of("To", "Cc", "Delivered-To", "X-Original-To");

    /**
     * Reads one mail.
     *
     * @throws UnreadableMailException {@code BROKEN_MIME} when its structure or sender cannot be read,
     *     {@code UNKNOWN_CHARSET} when its text is in a charset this JDK lacks
     */
    ParsedMail parse(byte[] raw) throws UnreadableMailException {
        try {
            return read(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
        } catch (UnreadableMailException unreadable) {
            throw unreadable;
        } catch (MessagingException | IOException | RuntimeException e) {
            // Jakarta Mail reports some broken structures with runtime exceptions
            throw new UnreadableMailException(Reason.BROKEN_MIME, describe(e), e);
        }
    }

    private ParsedMail read(MimeMessage message) throws MessagingException, IOException, UnreadableMailException {
        var body = new MailBody();
        body.read(message);
        InboundKind kind = AutoReplySignals.classify(message);
        Folded folded = body.folded();
        return new ParsedMail(
                MessageIdHeaders.first(header(message, "Message-ID")),
                MessageIdHeaders.first(header(message, "In-Reply-To")),
                MessageIdHeaders.all(header(message, "References")),
                sender(message),
                recipients(message),
                EncodedWords.header(header(message, "Subject")),
                sentAt(message),
                folded.text(),
                folded.quoted(),
                body.attachments(),
                body.skippedInlineImages(),
                kind,
                kind == InboundKind.BOUNCE ? DeliveryReportReader.read(message) : null);
    }

    /**
     * A key for the message that stays the same when it is delivered again: from Message-ID, From and Date, or
     * when it has no Message-ID from From, Date, Subject and a hash of all its bytes. Works on any bytes.
     *
     * @return 64 lower-case hex digits (SHA-256)
     */
    static String messageKey(byte[] raw) {
        try {
            var headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String messageId = MessageIdHeaders.first(headers.getHeader("Message-ID", ","));
            String from = keyAddress(headers.getHeader("From", ","));
            String date = normalise(headers.getHeader("Date", null));
            if (messageId != null) {
                return sha256(messageId + "|" + from + "|" + date);
            }
            String subject = normalise(headers.getHeader("Subject", null));
            return sha256(from + "|" + date + "|" + subject + "|" + sha256(raw));
        } catch (MessagingException | RuntimeException unreadable) {
            return sha256(raw);
        }
    }

    /** The sender and subject as far as they can be read, for the quarantine list of a mail that cannot. */
    static HeaderSummary headers(byte[] raw) {
        try {
            var headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String from = headers.getHeader("From", ",");
            String decodedFrom = from == null ? null : EncodedWords.header(from);
            return new HeaderSummary(
                    decodedFrom == null || decodedFrom.isEmpty() ? null : decodedFrom,
                    EncodedWords.header(headers.getHeader("Subject", null)));
        } catch (MessagingException | RuntimeException unreadable) {
            return new HeaderSummary(null, "");
        }
    }

    private static MailAddress sender(MimeMessage message) throws UnreadableMailException {
        for (String name : List.of("From", "Sender", "Return-Path")) {
            MailAddress address = AddressHeaders.first(header(message, name));
            if (address != null) {
                return address;
            }
        }
        throw new UnreadableMailException(Reason.BROKEN_MIME, "no sender address in From, Sender or Return-Path");
    }

    private static List<String> recipients(MimeMessage message) {
        var addresses = new LinkedHashSet<String>();
        for (String name : RECIPIENT_HEADERS) {
            String[] values = headers(message, name);
            for (String value : values) {
                addresses.addAll(AddressHeaders.all(value));
            }
        }
        return List.copyOf(addresses);
    }

    private static @Nullable Instant sentAt(MimeMessage message) {
        try {
            Date date = message.getSentDate();
            return date == null ? null : date.toInstant();
        } catch (MessagingException | RuntimeException unparseable) {
            return null;
        }
    }

    static @Nullable String header(Part part, String name) {
        String[] values = headers(part, name);
        return values.length == 0 ? null : values[0];
    }

    private static String[] headers(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null ? new String[0] : values;
        } catch (MessagingException | RuntimeException unreadable) {
            return new String[0];
        }
    }

    /** Body text as one text: line ends as {@code \n}, control characters removed, NFC, at most two blank lines. */
    static String cleanText(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        lines = CONTROLS.matcher(lines).replaceAll("");
        lines = BLANK_RUNS.matcher(lines).replaceAll("\n\n\n");
        return Normalizer.normalize(lines, Normalizer.Form.NFC).strip();
    }

    private static String keyAddress(@Nullable String from) {
        MailAddress address = AddressHeaders.first(from);
        if (address != null) {
            return address.address();
        }
        return from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalise(@Nullable String header) {
        return header == null ? "" : header.replaceAll("\\s+", " ").strip();
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
