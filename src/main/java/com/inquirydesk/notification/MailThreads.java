package com.inquirydesk.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives every mail the app writes its own {@code Message-ID} and places a mail to the client in the conversation
 * about its inquiry, so that the client's mail program shows one thread and the client's answer, which names these
 * ids in {@code In-Reply-To} and {@code References}, finds its inquiry again.
 */
@Component
class MailThreads {

    /** Mail programs keep long threads together from the first id and the latest ones; RFC 5322 asks no more. */
    static final int MAX_REFERENCES = 10;

    private final OutboundMailRepository mails;
    private final String domain;

    MailThreads(OutboundMailRepository mails, MailProperties properties) {
        this.mails = mails;
        this.domain = domainOf(properties.from());
    }

    /** A new id that names the inquiry's reference, for a mail that starts a conversation or stays inside. */
    MailThread first(@Nullable String reference) {
        return MailThread.first(newMessageId(reference));
    }

    /** The acknowledgement of an inquiry that came by mail: it answers the client's mail. */
    MailThread answering(String reference, @Nullable String clientMessageId) {
        if (clientMessageId == null) {
            return first(reference);
        }
        return new MailThread(newMessageId(reference), clientMessageId, List.of(clientMessageId));
    }

    /**
     * A further mail to the client about an inquiry: it answers the client's latest mail, or else the latest mail
     * the client got from us, and names the conversation so far.
     */
    MailThread continuing(long inquiryId, String reference) {
        record Said(String messageId, Instant at, boolean byClient) {}
        var said = new ArrayList<Said>();
        for (Object[] row : mails.findClientMessageIds(inquiryId)) {
            said.add(new Said((String) row[0], (Instant) row[1], false));
        }
        for (Object[] row : mails.findInboundMessageIds(inquiryId)) {
            said.add(new Said((String) row[0], (Instant) row[1], true));
        }
        if (said.isEmpty()) {
            return first(reference);
        }
        // a mail and the acknowledgement it caused share their time: the cause comes first
        said.sort(Comparator.comparing(Said::at).thenComparing(Said::byClient, Comparator.reverseOrder()));
        String answered = said.reversed().stream()
                .filter(Said::byClient)
                .findFirst()
                .orElse(said.getLast())
                .messageId();
        List<String> ids = said.stream().map(Said::messageId).distinct().toList();
        List<String> references = ids.size() <= MAX_REFERENCES
                ? ids
                : concat(ids.getFirst(), ids.subList(ids.size() - (MAX_REFERENCES - 1), ids.size()));
        return new MailThread(newMessageId(reference), answered, references);
    }

    private String newMessageId(@Nullable String reference) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return "<" + id + (reference == null ? "" : "." + reference.toLowerCase(Locale.ROOT)) + "@" + domain + ">";
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new ArrayList<String>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The domain of the sender's address: ids under it are ours. */
    static String domainOf(String from) {
        try {
            String address = new InternetAddress(from, false).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            return at < 0 ? "localhost" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return "localhost";
        }
    }
}
