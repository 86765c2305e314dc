package com.inquirydesk.notification.mailbox;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Debian's Dovecot as the company's IMAP server, for what GreenMail does not do faithfully (IDLE): a server of its
 * own per test class, configured in a temporary folder, on a free port, plain IMAP on 127.0.0.1, one mailbox
 * ({@value #LOGIN}). Under root (as in CI) its processes run as Dovecot's own users, as the package sets them up.
 */
final class Dovecot implements AutoCloseable {

    static final String LOGIN = "desk@example.com";
    static final String PASSWORD = "secret-desk";
    private static final Duration START = Duration.ofSeconds(20);

    final int port;
    private final Path folder;
    private final Process process;

    private Dovecot(int port, Path folder, Process process) {
        this.port = port;
        this.folder = folder;
        this.process = process;
    }

    /** The server program: {@code DOVECOT_PATH}, else Debian's {@code /usr/sbin/dovecot}, else on the PATH. */
    static Optional<Path> executable() {
        String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        return Stream.concat(
                        Stream.of(System.getenv("DOVECOT_PATH"), "/usr/sbin/dovecot"),
                        Stream.of(path.split(":")).map(dir -> dir + "/dovecot"))
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Dovecot start() {
        Path program = executable().orElseThrow(() -> new IllegalStateException("No Dovecot installed"));
        try {
            Path folder = Files.createTempDirectory("dovecot-");
            Path home = Files.createDirectories(folder.resolve("home"));
            // Dovecot's users must reach the folder, and write the mailbox under home/
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path users = Files.writeString(folder.resolve("passwd"), LOGIN + ":{PLAIN}" + PASSWORD + "\n");
            int port = freePort();
            Path configuration = Files.writeString(folder.resolve("dovecot.conf"), configuration(folder, users, port));
            Process process = new ProcessBuilder(program.toString(), "-F", "-c", configuration.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("master.log").toFile())
                    .start();
            var dovecot = new Dovecot(port, folder, process);
            dovecot.awaitPort();
            return dovecot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String configuration(Path folder, Path users, int port) {
        boolean root = "root".equals(System.getProperty("user.name"));
        String me = System.getProperty("user.name");
        Map<String, String> accounts = root
                ? Map.of("internal", "dovecot", "login", "dovenull", "mail", "dovecot")
                : Map.of("internal", me, "login", me, "mail", me);
        return """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap
                listen = 127.0.0.1
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                default_internal_user = %2$s
                default_internal_group = %2$s
                default_login_user = %3$s
                first_valid_uid = 0
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN %4$s
                }
                userdb {
                  driver = static
                  args = uid=%5$s gid=%5$s home=%1$s/home/%%u
                }
                mail_location = maildir:~/Maildir
                mailbox_idle_check_interval = 1 secs
                service imap-login {
                  chroot =
                  inet_listener imap {
                    port = %6$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                service anvil {
                  chroot =
                }
                """.formatted(
                        folder, accounts.get("internal"), accounts.get("login"), users, accounts.get("mail"), port);
    }

    /** Puts a message into the mailbox, as a mail client's APPEND does: bytes as they are. */
    void deliver(byte[] raw) {
        inInbox(inbox -> {
            Session session = Session.getInstance(new Properties());
            inbox.appendMessages(new Message[] {new MimeMessage(session, new ByteArrayInputStream(raw))});
            return null;
        });
    }

    /** Whether the message with this Message-ID is in the mailbox and flagged as read. */
    boolean seen(String messageId) {
        return inInbox(inbox -> {
            Message[] found = inbox.search(new HeaderTerm("Message-ID", messageId));
            if (found.length == 0) {
                throw new AssertionError("No message " + messageId + " in the mailbox");
            }
            return found[0].isSet(Flags.Flag.SEEN);
        });
    }

    private <T> T inInbox(MailAction<T> action) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, LOGIN, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                return action.apply(inbox);
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Dovecot: " + e.getMessage() + "; its log: " + log(), e);
        }
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("dovecot.log"));
        } catch (IOException e) {
            return "(none)";
        }
    }

    private void awaitPort() {
        try {
            await().atMost(START).pollInterval(Duration.ofMillis(100)).until(this::listening);
        } catch (ConditionTimeoutException timedOut) {
            close();
            throw new IllegalStateException(
                    "Dovecot did not open port " + port + " in " + START + "; its log: " + log(), timedOut);
        }
    }

    /** Whether the server takes connections; a server that stopped at its start fails the wait at once. */
    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Dovecot stopped at its start; its log: " + log());
        }
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface MailAction<T> {
        T apply(Folder inbox) throws MessagingException, IOException;
    }
}
