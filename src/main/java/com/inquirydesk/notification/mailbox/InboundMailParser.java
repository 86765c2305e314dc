package com.inquirydesk.notification.mailbox;

import com.inquirydesk.notification.mailbox.QuoteFolding.Folded;
import com.inquirydesk.notification.mailbox.UnreadableMailException.Reason;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
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
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");
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
            MailAddress address = mailbox(header(message, name));
            if (address != null) {
                return address;
            }
        }
        throw new UnreadableMailException(Reason.BROKEN_MIME, "no sender address in From, Sender or Return-Path");
    }

    /** The first mailbox of an address header, its display name decoded by {@link EncodedWords}. */
    static @Nullable MailAddress mailbox(@Nullable String header) {
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

    private static List<String> recipients(MimeMessage message) {
        var addresses = new LinkedHashSet<String>();
        for (String name : RECIPIENT_HEADERS) {
            String[] values = headers(message, name);
            for (String value : values) {
                addresses.addAll(addresses(value));
            }
        }
        return List.copyOf(addresses);
    }

    private static List<String> addresses(String header) {
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
        MailAddress address = mailbox(from);
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
