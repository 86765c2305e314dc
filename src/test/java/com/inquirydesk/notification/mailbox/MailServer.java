package com.inquirydesk.notification.mailbox;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The company's mail server in tests: one GreenMail with SMTP (where the app sends) and IMAP (where it reads the
 * mailbox {@value #ADDRESS}), on free ports, started once for the whole test run.
 */
public final class MailServer {

    public static final String ADDRESS = "desk@example.com";
    public static final String LOGIN = "desk@example.com";
    public static final String PASSWORD = "secret-desk";
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:[^\\r\\n]*");

    private static MailServer shared;

    public final int smtpPort = freePort();
    public final int imapPort = freePort();
    private final GreenMail greenMail;
    private final GreenMailUser desk;

    private MailServer() {
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        greenMail.start();
        desk = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    /** The one server of this test run. */
    public static synchronized MailServer shared() {
        if (shared == null) {
            shared = new MailServer();
        }
        return shared;
    }

    /**
     * A server of its own, on other ports: a mailbox no other test context reads (they would share its lease on
     * a shared database). Stop it after use.
     */
    public static MailServer fresh() {
        return new MailServer();
    }

    /**
     * The app's settings for reading this server's mailbox: plain IMAP on its port, polled every 300 ms. GreenMail's
     * IDLE drops the connection now and then ("Need to do this properly"), so the tests poll; {@code MailboxIdleIT}
     * tries IDLE on Dovecot.
     */
    public Map<String, Object> reader() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inquiry.mailbox.host", "127.0.0.1");
        settings.put("inquiry.mailbox.port", imapPort);
        settings.put("inquiry.mailbox.security", "NONE");
        settings.put("inquiry.mailbox.username", LOGIN);
        settings.put("inquiry.mailbox.password", PASSWORD);
        settings.put("inquiry.mailbox.idle", false);
        settings.put("inquiry.mailbox.poll-interval", "300ms");
        return settings;
    }

    /** The app's settings for sending through this server and reading its mailbox, as command-line arguments. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--inquiry.mail.from=Inquiry Desk <noreply@example.com>"));
        reader().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    public void stop() {
        greenMail.stop();
    }

    /** Puts a message into the mailbox as the company's mail server would, bytes as they are. */
    public void deliver(byte[] raw) {
        try {
            desk.deliver(GreenMailUtil.newMimeMessage(new ByteArrayInputStream(raw)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages in the mailbox, in UID order. */
    public List<StoredMessage> inbox() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(desk).getMessages();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the message with this Message-ID is in the mailbox and flagged as read. */
    public boolean seen(String messageId) {
        return inbox().stream()
                .filter(message -> messageId.equals(messageIdOf(message.getMimeMessage())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No message " + messageId + " in the mailbox"))
                .isSet(Flags.Flag.SEEN);
    }

    /** Every message the app sent over SMTP to an address. */
    public List<MimeMessage> sentTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .toList();
    }

    /** Every message the app sent over SMTP. */
    public List<MimeMessage> sent() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The raw message with a fresh Message-ID: a test's mail must not be taken for another test's. */
    public static byte[] unique(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String id = "<" + UUID.randomUUID() + "@test.example.net>";
        String replaced = MESSAGE_ID.matcher(text).find()
                ? MESSAGE_ID.matcher(text).replaceFirst("Message-ID: " + id)
                : "Message-ID: " + id + "\r\n" + text;
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The Message-ID a raw message carries. */
    public static String messageIdOf(byte[] raw) {
        var matcher = MESSAGE_ID.matcher(new String(raw, StandardCharsets.ISO_8859_1));
        if (!matcher.find()) {
            throw new AssertionError("No Message-ID");
        }
        return matcher.group().substring("Message-ID:".length()).strip();
    }

    public static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, " ");
            return value == null ? null : value.replaceAll("\\r?\\n\\s+", " ");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(address -> address.toString().toLowerCase())
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
