package com.inquirydesk.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a fixed free port, so that tests can stop and start it like an outage. */
public final class SmtpServer {

    public final int port = freePort();
    private GreenMail greenMail;

    public void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    public void purge() throws Exception {
        if (greenMail != null) {
            greenMail.purgeEmailFromAllMailboxes();
        }
    }

    /** A received message's subject. */
    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first recipient of a received message. */
    public static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox id the dispatcher put in the header {@code X-Inquiry-Desk-Mail}: one id per outbox row. */
    public static String mailId(MimeMessage mail) {
        try {
            return mail.getHeader("X-Inquiry-Desk-Mail")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain or text/html part of a message, decoded. */
    public static String part(MimeMessage message, String type) throws Exception {
        String found = find(message, type);
        if (found == null) {
            throw new AssertionError("No " + type + " part in " + message.getSubject());
        }
        return found;
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
