package com.inquirydesk.inquiry.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retention job: closed inquiries and spam past their period are anonymised once each, open and recent ones
 * are not, a contact left without inquiries goes, one with an open inquiry stays, and a run stopped after a batch
 * is finished by the next. The test's inquiries are closed in the year 2000 and the cut-offs lie just after, so
 * that no other test's inquiry on a shared database is ever due.
 */
@AutoConfigureMockMvc
class InquiryRetentionIT extends ViewTest {

    private static final Instant LONG_AGO = Instant.parse("2000-03-01T00:00:00Z");
    private static final InquiryRetention.Cutoffs CUTOFFS =
            new InquiryRetention.Cutoffs(Instant.parse("2000-06-01T00:00:00Z"), Instant.parse("2000-06-01T00:00:00Z"));

    @Autowired
    InquiryRetention retention;

    @Autowired
    IntakeService intake;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void due_inquiries_are_anonymised_once_the_others_kept_and_a_stopped_run_is_finished_by_the_next()
            throws Exception {
        // what an earlier run of this test on the same database may have left due
        retention.run(CUTOFFS, 1000, () -> false);
        String gone = "gone-" + unique() + "@example.org";
        String staying = "staying-" + unique() + "@example.org";
        String won = submit(gone, "won");
        String lost = submit(gone, "lost");
        String spam = submit("spam-" + unique() + "@example.org", "spam");
        String closedRecently = submit("recent-" + unique() + "@example.org", "recent");
        String oldButOpen = submit(staying, "open");
        String stayingsClosed = submit(staying, "closed");
        close(won, "WON", LONG_AGO);
        close(lost, "LOST", LONG_AGO);
        close(stayingsClosed, "CLOSED", LONG_AGO);
        close(closedRecently, "CLOSED", Instant.parse("2000-09-01T00:00:00Z"));
        close(spam, "SPAM", LONG_AGO);
        jdbc.sql("update inquiry set received_at = ? where reference = ?")
                .params(utc(LONG_AGO), oldButOpen)
                .update();
        long goneContact = contactOf(won);
        long stayingContact = contactOf(oldButOpen);
        String admin = newStaff("ADMIN");
        String summaryBefore = summary(admin);

        // a run that stops after its first batch of two, as if its instance died
        assertThat(retention.run(CUTOFFS, 2, () -> true)).isEqualTo(2);
        List<String> firstBatch = anonymised(won, lost, spam, stayingsClosed);
        assertThat(firstBatch).hasSize(2);
        Instant firstBatchAt = anonymisedAt(firstBatch.getFirst());

        clock.advance(Duration.ofMinutes(5));
        assertThat(retention.run(CUTOFFS, 2, () -> false)).isEqualTo(2);

        assertThat(anonymised(won, lost, spam, stayingsClosed, closedRecently, oldButOpen))
                .containsExactlyInAnyOrder(won, lost, spam, stayingsClosed);
        assertThat(anonymisedAt(firstBatch.getFirst())).as("anonymised once").isEqualTo(firstBatchAt);
        assertThat(jdbc.sql("select contact_name || '|' || subject || '|' || message from inquiry where reference = ?")
                        .param(won)
                        .query(String.class)
                        .single())
                .isEqualTo("—|—|—");
        assertThat(jdbc.sql("select contact_name from inquiry where reference = ?")
                        .param(closedRecently)
                        .query(String.class)
                        .single())
                .isEqualTo("Kept Client");
        assertThat(contactExists(goneContact))
                .as("a contact without inquiries left goes")
                .isFalse();
        assertThat(contactExists(stayingContact))
                .as("one with an open inquiry stays")
                .isTrue();
        assertThat(summary(admin)).isEqualTo(summaryBefore);
        assertThat(retention.run(CUTOFFS, 2, () -> false))
                .as("nothing is due twice")
                .isZero();
    }

    private String submit(String email, String subject) {
        clock.advance(Duration.ofSeconds(1));
        return intake.submit(
                        new InquiryRequest(
                                "Kept Client",
                                null,
                                email,
                                null,
                                "CN",
                                "ceramics",
                                subject + " " + unique(),
                                "Please quote.",
                                "en",
                                true,
                                null),
                        IntakeContext.api("10.88.0.1"))
                .reference();
    }

    private void close(String reference, String status, Instant at) {
        jdbc.sql("update inquiry set status = ?, closed_at = ?, received_at = ? where reference = ?")
                .params(status, utc(at), utc(at.minus(Duration.ofDays(10))), reference)
                .update();
    }

    private List<String> anonymised(String... references) {
        return jdbc.sql("select reference from inquiry where anonymised_at is not null and reference in (:refs)")
                .param("refs", List.of(references))
                .query(String.class)
                .list();
    }

    private Instant anonymisedAt(String reference) {
        return jdbc.sql("select anonymised_at from inquiry where reference = ?")
                .param(reference)
                .query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant())
                .single();
    }

    private long contactOf(String reference) {
        return jdbc.sql("select contact_id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    private boolean contactExists(long contact) {
        return jdbc.sql("select count(*) from contact where id = ?")
                        .param(contact)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private String summary(String admin) throws Exception {
        return mvc.perform(get("/api/reports/summary.csv").with(httpBasic(admin, "a long enough password")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
