package com.inquirydesk.notification.mailbox;

import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.bench.BenchReport;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The email channel's pace: 1,000 clients' mails ({@code -Dbench.mails}) wait in an IMAP mailbox when the app starts,
 * and its reader takes them in, each a new inquiry (its timeline entry, contact, staff notification and
 * acknowledgement written in the same transaction) while the dispatcher sends the mails out. A tenth are Chinese
 * mails in GBK with a PDF, the rest plain text, half of it Chinese. Prints mails per second and the time per mail
 * (from one mail's commit to the next: the reader takes one at a time), and writes
 * {@code target/<class name without Benchmark, lower case>-benchmark.md}. Each server is a subclass, with a context of its own: run
 * {@code ./mvnw verify -Pbench -Dit.test='InboundMail*Benchmark'} (with -Ppostgres on PostgreSQL). It asserts no
 * timing.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "inquiry.mail.from=Inquiry Desk <noreply@example.com>",
            "inquiry.mail.acknowledgements-per-hour=100000",
            "inquiry.mail.total-acknowledgements-per-hour=1000000",
            "inquiry.intake.per-email-limit=100000",
            "inquiry.mailbox.batch-size=50"
        })
abstract class InboundMailPace {

    static final int MAILS = Integer.getInteger("bench.mails", 1_000);

    private final List<String> results = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailboxProperties mailbox;

    /** The i-th client's mail. */
    static byte[] mail(int i) {
        if (i % 10 == 9) {
            return MailServer.unique(TestMails.gbkChineseWithPdf());
        }
        return i % 2 == 0
                ? TestMails.plain(
                        "Client " + i + " <client-" + i + "@bench-" + (i % 97) + ".example.com>",
                        "Alumina crucibles, quote " + i,
                        "Dear sales team,\n\nplease quote 200 alumina crucibles, 1600 °C, 50 ml, delivery to Hamburg.\n\n"
                                + "Best regards,\nClient " + i)
                : TestMails.plain(
                        "客户 " + i + " <kehu-" + i + "@163.com>",
                        "询价：高纯铁 " + i,
                        "您好，\n\n请报价高纯铁棒 99.99%，直径 20 mm，共 500 公斤，交货到上海。\n\n谢谢！\n客户 " + i);
    }

    /** The server the mails come from, as the report names it. */
    abstract String server();

    @Test
    void a_thousand_mails_taken_in() throws IOException {
        await().atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> processed() >= MAILS);
        // this mailbox's mails only: on PostgreSQL the other server's run left its own in the same database
        List<OffsetDateTime> times = jdbc.sql(
                        "select processed_at from inbound_message where mailbox = ? order by processed_at")
                .param(mailbox.key())
                .query((row, n) -> row.getObject(1, OffsetDateTime.class))
                .list();
        long inquiries = jdbc.sql("select count(*) from inbound_message where mailbox = ? and outcome = 'INQUIRY'")
                .param(mailbox.key())
                .query(Long.class)
                .single();
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i - 1), times.get(i)).toNanos() / 1e6);
        }
        Collections.sort(gaps);
        double seconds = Duration.between(times.getFirst(), times.getLast()).toNanos() / 1e9;
        results.add("%,d mails from %s's IMAP (a tenth GBK with a PDF), %,d new inquiries, on %s%n"
                .formatted(times.size(), server(), inquiries, TestProfiles.onPostgres() ? "PostgreSQL" : "H2 (file)"));
        results.add("| figure | value |");
        results.add("| --- | --- |");
        results.add("| mails per second, first to last taken in | %.1f |".formatted((times.size() - 1) / seconds));
        results.add("| time per mail, p50 | %.1f ms |".formatted(percentile(gaps, 50)));
        results.add("| time per mail, p95 | %.1f ms |".formatted(percentile(gaps, 95)));
        results.add("| time per mail, p99 | %.1f ms |".formatted(percentile(gaps, 99)));
        results.add("| time per mail, max | %.1f ms |".formatted(gaps.getLast()));
        BenchReport.write(
                // bench/run.sh finds it by the class: InboundMailDovecotBenchmark writes
                // inboundmaildovecot-benchmark.md
                getClass().getSimpleName().replace("Benchmark", "").toLowerCase(java.util.Locale.ROOT),
                "Email channel: %,d mails taken in from %s's IMAP".formatted(MAILS, server()),
                results);
    }

    private long processed() {
        return jdbc.sql("select count(*) from inbound_message")
                .query(Long.class)
                .single();
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
