package com.inquirydesk.notification.mailbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The company mailbox the app reads, under {@code inquiry.mailbox}; reading is off while no host is set.
 *
 * @param host the IMAP server, e.g. {@code imap.163.com}; empty: the mailbox is not read
 * @param port 993 for TLS, 143 for STARTTLS or none
 * @param security {@code TLS} (the default), {@code STARTTLS} or {@code NONE} (tests only)
 * @param username the mailbox's login, usually its address
 * @param password its password; for 163 Mail the client authorisation code (授权码), not the web password
 * @param folder the folder to read
 * @param afterProcessing {@code SEEN}: a message taken in is flagged as read; {@code MOVE}: and moved to
 *     {@code processedFolder}
 * @param processedFolder where taken messages go with {@code MOVE}
 * @param idle whether to wait for new mail with IMAP IDLE when the server offers it; else the reader polls
 * @param idleRefresh how long one IDLE lasts before it is started again (servers drop it after 30 minutes)
 * @param pollInterval how long the reader waits between two looks without IDLE, and before a standby instance
 *     tries to take the mailbox over
 * @param lease how long a reader may hold the mailbox without renewing; another instance takes over after it
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout how long the server may take to answer one command
 * @param maxMessageSize a larger message is not taken in but quarantined, with its headers and first bytes
 * @param batchSize messages fetched per round
 * @param initialBacklog on the very first start, how far back the folder is read
 */
@ConfigurationProperties("inquiry.mailbox")
public record MailboxProperties(
        @DefaultValue("") String host,
        @DefaultValue("993") int port,
        @DefaultValue("TLS") Security security,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("SEEN") AfterProcessing afterProcessing,
        @DefaultValue("Inquiry Desk") String processedFolder,
        @DefaultValue("true") boolean idle,
        @DefaultValue("9m") Duration idleRefresh,
        @DefaultValue("60s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("25MB") DataSize maxMessageSize,
        @DefaultValue("50") int batchSize,
        @DefaultValue("7d") Duration initialBacklog) {

    /** How the connection is protected. */
    public enum Security {
        TLS,
        STARTTLS,
        NONE
    }

    /** What happens to a message once it is taken in. */
    public enum AfterProcessing {
        SEEN,
        MOVE
    }

    public boolean enabled() {
        return !host.isBlank();
    }

    /** The name the mailbox's place is kept under: login, server and folder. */
    String key() {
        return username + "@" + host + ":" + port + "/" + folder;
    }
}
