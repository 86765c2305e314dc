package bench;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anchor of the intake benchmark: the same JSON as Inquiry Desk's {@code POST /api/inquiries}, written as the
 * same rows (the inquiry, its timeline entry, a staff notification and an acknowledgement of the app's size in the
 * outbox) with {@link JdbcClient} in one transaction; no security, no validation, no contact records. Only in the
 * jar built with {@code -Pintake} ({@code target/intake/bare-intake.jar}); the start-up anchor stays a bare web app.
 */
@RestController
class BareIntake {

    private final JdbcClient jdbc;
    private final String nextReference;
    private final String bodyText;
    private final String bodyHtml;

    BareIntake(
            JdbcClient jdbc,
            @Value("${bench.next-reference:select next value for inquiry_reference_seq}") String nextReference,
            @Value("${bench.mail-text-length:529}") int textLength,
            @Value("${bench.mail-html-length:1474}") int htmlLength) {
        this.jdbc = jdbc;
        this.nextReference = nextReference;
        this.bodyText = "正".repeat(textLength);
        this.bodyHtml = "<p>" + "x".repeat(Math.max(0, htmlLength - 7)) + "</p>";
    }

    record Inquiry(
            String name,
            String company,
            String email,
            String productLine,
            String subject,
            String message,
            String language,
            boolean consent) {}

    record Receipt(String reference, Instant receivedAt) {}

    @PostMapping("/api/inquiries")
    @Transactional
    ResponseEntity<Receipt> submit(@RequestBody Inquiry inquiry) {
        Instant now = Instant.now();
        var at = Timestamp.from(now);
        long number = jdbc.sql(nextReference).query(Long.class).single();
        String reference = "INQ-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), number);
        String language = inquiry.language().toUpperCase();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inquiry (reference, received_at, language, contact_name, company, email,
                            product_line_id, subject, message, consent_version, consent_at, status, priority,
                            source, spam, content_hash, version)
                        values (?, ?, ?, ?, ?, ?, (select id from product_line where code = ?), ?, ?, '2026-11', ?,
                            'NEW', 'NORMAL', 'API', false, ?, 0)""")
                .params(reference, at, language, inquiry.name(), inquiry.company(), inquiry.email(),
                        inquiry.productLine(), inquiry.subject(), inquiry.message(), at,
                        "%064x".formatted(UUID.randomUUID().getMostSignificantBits()))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        jdbc.sql("""
                        insert into inquiry_event (inquiry_id, occurred_at, type, new_value)
                        values (?, ?, 'SUBMITTED', 'NEW')""").params(id, at).update();
        for (String kind : new String[] {"STAFF_NOTIFICATION", "ACKNOWLEDGEMENT"}) {
            boolean acknowledgement = kind.equals("ACKNOWLEDGEMENT");
            String to = acknowledgement ? inquiry.email() : "sales@example.com";
            jdbc.sql("""
                            insert into outbound_mail (inquiry_id, kind, language, to_addresses, reply_to,
                                primary_recipient, subject, body_text, body_html, state, attempts,
                                next_attempt_at, created_at, version, message_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, 0, ?)""")
                    .params(id, kind, language, to, acknowledgement ? null : inquiry.email(), to,
                            "[" + reference + "] " + inquiry.subject(), bodyText, bodyHtml, at, at,
                            "<" + UUID.randomUUID() + "@bare.invalid>")
                    .update();
        }
        return ResponseEntity.created(URI.create("/api/inquiries/" + reference)).body(new Receipt(reference, now));
    }
}
