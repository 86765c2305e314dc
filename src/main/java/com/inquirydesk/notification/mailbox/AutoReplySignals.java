package com.inquirydesk.notification.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells from the headers whether a person wrote a mail, or a mailer answered by itself (out-of-office, bounce) or
 * a list sent it: answering those would start a loop of mails between two machines.
 */
final class AutoReplySignals {

    private static final Pattern DAEMON = Pattern.compile("(?i)(^|[\\s<\"(,])(mailer-daemon|postmaster)@");
    private static final Pattern FAILURE_SUBJECT = Pattern.compile(
            "(?i)undeliver|delivery status notification|failure|delivery failed|returned mail|退信|投递失败|发送失败");
    private static final Pattern AUTO_REPLY_SUBJECT =
            Pattern.compile("(?i)^\\s*(automatic reply|auto(-| )?reply|out of (the )?office|自动回复|自动答复)");
    private static final Pattern LIST_PRECEDENCE = Pattern.compile("(?i)\\s*(bulk|junk|list)\\s*");
    private static final Pattern DELIVERY_REPORT =
            Pattern.compile("(?is)\\s*multipart/report\\s*;.*report-type\\s*=\\s*\"?delivery-status\"?.*");

    private AutoReplySignals() {}

    /**
     * The kind of mail its headers say it is; {@link InboundKind#PERSON} when nothing says otherwise.
     * {@code X-Auto-Response-Suppress} counts only with an out-of-office subject: it asks others not to answer
     * automatically, and Exchange adds it to people's mails sent through a distribution list too.
     */
    static InboundKind classify(Part mail) {
        String contentType = header(mail, "Content-Type");
        String subject = EncodedWords.header(header(mail, "Subject"));
        String from = header(mail, "From");
        String returnPath = header(mail, "Return-Path");
        boolean failureFrom = (from != null && DAEMON.matcher(from).find())
                || (returnPath != null && returnPath.strip().equals("<>"));
        if ((contentType != null && DELIVERY_REPORT.matcher(contentType).matches())
                || (failureFrom && FAILURE_SUBJECT.matcher(subject).find())) {
            return InboundKind.BOUNCE;
        }
        String autoSubmitted = header(mail, "Auto-Submitted");
        String precedence = header(mail, "Precedence");
        if ((autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no"))
                || header(mail, "X-Autoreply") != null
                || header(mail, "X-Autorespond") != null
                || (header(mail, "X-Auto-Response-Suppress") != null
                        && AUTO_REPLY_SUBJECT.matcher(subject).find())
                || (precedence != null
                        && precedence.strip().toLowerCase(Locale.ROOT).equals("auto_reply"))) {
            return InboundKind.AUTO_REPLY;
        }
        if ((precedence != null && LIST_PRECEDENCE.matcher(precedence).matches())
                || header(mail, "List-Id") != null
                || header(mail, "List-Unsubscribe") != null) {
            return InboundKind.LIST;
        }
        return InboundKind.PERSON;
    }

    private static @Nullable String header(Part mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }
}
