package com.inquirydesk.notification.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads a part's content type leniently: a malformed header must not stop the rest of the mail from being read. */
final class ContentTypes {

    private ContentTypes() {}

    /** The base type in lower case ({@code text/plain} when absent), {@code application/octet-stream} when unreadable. */
    static String base(Part part) {
        try {
            String header = part.getContentType();
            if (header == null) {
                return "text/plain";
            }
            int semicolon = header.indexOf(';');
            return (semicolon < 0 ? header : header.substring(0, semicolon))
                    .strip()
                    .toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unreadable) {
            return "application/octet-stream";
        }
    }

    /** A parameter of the content type, or null when absent or the header cannot be parsed. */
    static @Nullable String parameter(Part part, String name) {
        try {
            return new ContentType(part.getContentType()).getParameter(name);
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }
}
