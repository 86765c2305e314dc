package com.inquirydesk.notification.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;

/**
 * The one class that speaks IMAP: opens the folder, lists the UIDs after a checkpoint, fetches a message's raw
 * bytes without flagging it as read ({@code BODY.PEEK}), and flags or moves it once it has been taken in. The
 * message is parsed elsewhere, from its bytes, so that the server's reading of a broken message never stops the
 * reader.
 */
class MailboxConnection implements AutoCloseable {

    private final MailboxProperties properties;
    private final IMAPStore store;
    private final IMAPFolder folder;

    private MailboxConnection(MailboxProperties properties, IMAPStore store, IMAPFolder folder) {
        this.properties = properties;
        this.store = store;
        this.folder = folder;
    }

    /** Connects and opens the folder for reading and flagging. */
    static MailboxConnection open(MailboxProperties properties) throws MessagingException {
        String protocol = properties.security() == MailboxProperties.Security.TLS ? "imaps" : "imap";
        var settings = new Properties();
        String prefix = "mail." + protocol + ".";
        settings.put(
                prefix + "connectiontimeout",
                Long.toString(properties.connectTimeout().toMillis()));
        settings.put(prefix + "timeout", Long.toString(properties.readTimeout().toMillis()));
        settings.put(
                prefix + "writetimeout", Long.toString(properties.readTimeout().toMillis()));
        // fetching a message's bytes must not flag it as read: that happens only once it has been stored
        settings.put(prefix + "peek", "true");
        settings.put(prefix + "fetchsize", "1048576");
        settings.put(prefix + "partialfetch", "true");
        if (properties.security() != MailboxProperties.Security.NONE) {
            settings.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (properties.security() == MailboxProperties.Security.STARTTLS) {
            settings.put(prefix + "starttls.enable", "true");
            settings.put(prefix + "starttls.required", "true");
        }
        Session session = Session.getInstance(settings);
        var store = (IMAPStore) session.getStore(protocol);
        store.connect(properties.host(), properties.port(), properties.username(), properties.password());
        try {
            // 163 Mail refuses to open a folder for a client that has not said who it is
            if (store.hasCapability("ID")) {
                store.id(Map.of("name", "Inquiry Desk", "version", "1", "vendor", "Inquiry Desk"));
            }
            var folder = (IMAPFolder) store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            return new MailboxConnection(properties, store, folder);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    long uidValidity() throws MessagingException {
        return folder.getUIDValidity();
    }

    /** The UID the next message will get: every message now in the folder has a lower one. */
    long uidNext() throws MessagingException {
        return folder.getUIDNext();
    }

    /** Whether the server can tell the reader of new mail as it arrives. */
    boolean canIdle() throws MessagingException {
        return store.hasCapability("IDLE");
    }

    /**
     * The UIDs after the checkpoint, in ascending order, at most {@code limit}; their envelopes (with their arrival
     * times) are fetched with them, in one round trip rather than one per message.
     */
    List<Long> uidsAfter(long lastUid, int limit) throws MessagingException {
        Message[] messages = folder.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
        var profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        var after = new ArrayList<Numbered>();
        for (Message message : messages) {
            long uid = folder.getUID(message);
            // "n:*" always names the newest message, even when its UID is below n
            if (uid > lastUid) {
                after.add(new Numbered(uid, message));
            }
        }
        after.sort(Comparator.comparingLong(Numbered::uid));
        List<Numbered> batch = after.size() > limit ? after.subList(0, limit) : after;
        if (!batch.isEmpty()) {
            var envelopes = new FetchProfile();
            envelopes.add(FetchProfile.Item.ENVELOPE);
            folder.fetch(batch.stream().map(Numbered::message).toArray(Message[]::new), envelopes);
        }
        return batch.stream().map(Numbered::uid).toList();
    }

    private record Numbered(long uid, Message message) {}

    /** The first UID of the messages that arrived since a time, for the very first start; empty folder: none. */
    @Nullable
    Long firstUidSince(Instant since) throws MessagingException {
        Message[] messages = folder.search(
                new jakarta.mail.search.ReceivedDateTerm(jakarta.mail.search.ComparisonTerm.GE, Date.from(since)));
        long first = Long.MAX_VALUE;
        for (Message message : messages) {
            first = Math.min(first, folder.getUID(message));
        }
        return first == Long.MAX_VALUE ? null : first;
    }

    /**
     * A message's bytes as the server holds them, read up to the size limit; a larger one comes back cut, marked
     * as such. Null when the message is gone (deleted by someone else meanwhile).
     */
    @Nullable
    RawMail raw(long uid) throws MessagingException, IOException {
        Message message = folder.getMessageByUID(uid);
        if (message == null) {
            return null;
        }
        long max = properties.maxMessageSize().toBytes();
        var bytes = new Bounded(max);
        boolean truncated = false;
        try {
            message.writeTo(bytes);
        } catch (Bounded.Full full) {
            truncated = true;
        } catch (MessagingException e) {
            if (!(e.getCause() instanceof Bounded.Full)) {
                throw e;
            }
            truncated = true;
        }
        Date received = message.getReceivedDate();
        return new RawMail(
                uidValidity(),
                uid,
                bytes.toByteArray(),
                received == null ? Instant.now() : received.toInstant(),
                truncated);
    }

    /** Flags a message taken in as read, or moves it out of the folder, as configured. */
    void done(long uid) throws MessagingException {
        Message message = folder.getMessageByUID(uid);
        if (message == null) {
            return;
        }
        if (properties.afterProcessing() == MailboxProperties.AfterProcessing.MOVE) {
            Folder target = store.getFolder(properties.processedFolder());
            if (!target.exists()) {
                target.create(Folder.HOLDS_MESSAGES);
            }
            folder.moveMessages(new Message[] {message}, target);
        } else {
            message.setFlag(Flags.Flag.SEEN, true);
        }
    }

    /** The UIDs up to the checkpoint that are still unread: taken in just before a crash, perhaps. */
    List<Long> unseenUpTo(long lastUid) throws MessagingException {
        Message[] messages = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        var profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        var uids = new ArrayList<Long>();
        for (Message message : messages) {
            long uid = folder.getUID(message);
            if (uid <= lastUid) {
                uids.add(uid);
            }
        }
        return uids;
    }

    /** Waits until the server says something changed, or another thread ends the wait by closing. */
    void idle() throws MessagingException {
        folder.idle(true);
    }

    /** Asks the server something, which also ends an IDLE under way. */
    void poke() throws MessagingException {
        folder.getMessageCount();
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | IllegalStateException e) {
            // closing: nothing left to do with it
        }
        try {
            store.close();
        } catch (MessagingException e) {
            // closing: nothing left to do with it
        }
    }

    /** Collects bytes up to a limit and stops the writer past it. */
    private static final class Bounded extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long room = max - bytes.size();
            if (len > room) {
                bytes.write(b, off, (int) Math.max(0, room));
                throw new Full();
            }
            bytes.write(b, off, len);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        /** The limit was reached. */
        static final class Full extends IOException {
            Full() {
                super("message larger than the limit");
            }
        }
    }
}
