package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.AppProcess;
import com.inquirydesk.TestProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app killed between taking a message in and flagging it as read: the message stays unread on the server,
 * yet after the restart it is one inquiry, not two, and is flagged then. The app runs as a process of its own
 * ({@link MailboxApp}) on an H2 file, or with -Ppostgres on PostgreSQL.
 */
class MailboxCrashIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void a_kill_between_commit_and_flag_leaves_one_inquiry_and_the_restart_flags_the_message(@TempDir Path data)
            throws Exception {
        // a mailbox of its own: no other test context on a shared database holds its lease
        MailServer server = MailServer.fresh();
        String client = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        byte[] mail = MailServer.unique(TestMails.plain(client, "Crash test", "Taken in once."));
        String messageId = MailServer.messageIdOf(mail);
        server.deliver(mail);
        String url = TestProfiles.onPostgres()
                ? System.getenv("INQUIRY_TEST_PG_URL")
                : "jdbc:h2:file:" + data.resolve("crash") + ";WRITE_DELAY=0";
        Path logs = Files.createDirectories(Path.of("target", "crash"));

        Process halting = start(server, url, true, logs.resolve("mailbox-halt.log"));
        boolean halted = halting.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        if (!halted) {
            halting.destroyForcibly().waitFor();
        }
        assertThat(halted).as("the app halted after the commit").isTrue();
        assertThat(halting.exitValue()).isEqualTo(137);
        assertThat(server.seen(messageId)).as("flagged before the kill").isFalse();

        Process restarted = start(server, url, false, logs.resolve("mailbox-restart.log"));
        try {
            await().atMost(PATIENCE).until(() -> server.seen(messageId));
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
            server.stop();
        }
        assertThat(inquiries(url, client)).isOne();
    }

    private static Process start(MailServer server, String url, boolean halt, Path log) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--inquiry.mailbox.lease=5s"));
        arguments.addAll(server.arguments());
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=" + url);
        }
        if (halt) {
            arguments.add("--halt-after-commit");
        }
        return AppProcess.start(MailboxApp.class, arguments, log);
    }

    private static long inquiries(String url, String client) throws SQLException {
        String user = TestProfiles.onPostgres() ? System.getenv("INQUIRY_TEST_PG_USER") : "sa";
        String password = TestProfiles.onPostgres() ? System.getenv("INQUIRY_TEST_PG_PASSWORD") : "";
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.prepareStatement("select count(*) from inquiry where email = ?")) {
            statement.setString(1, client);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
