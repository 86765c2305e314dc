package com.inquirydesk.inquiry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.domain.TextSearch;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.InquiryRow;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The text index on H2 (Lucene) and PostgreSQL (pg_trgm) finds what the plain {@code like} finds: Chinese of one,
 * two and more characters, parts of words, in every searched field, never across two, after changes; and it is
 * really used.
 */
@IntegrationTest
class TextSearchIT {

    /** The strategy this context's method security reads; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    IntakeService intake;

    @Autowired
    GridQueries queries;

    @Autowired
    TextSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private String marker;
    private String gas;
    private String crucibles;

    @BeforeEach
    void submit() {
        var authentication = new TestingAuthenticationToken("searcher", null, "ROLE_SALES");
        authentication.setAuthenticated(true);
        securityContexts.setContext(new SecurityContextImpl(authentication));
        marker = "t" + UUID.randomUUID().toString().substring(0, 8);
        gas = submit("蔺" + marker.substring(1, 5) + "伟", "宜昌燃气公司", "天然气报价", "每月需要液化天然气 20 吨。");
        crucibles = submit("Alice Smith", "Acme Ltd", "Crucibles", "Alumina crucibles, 99.7 %_pure.");
        indexed();
    }

    @AfterEach
    void logout() {
        securityContexts.clearContext();
    }

    @Test
    void finds_each_field_in_chinese_and_english_by_any_part() {
        assertThat(search(gas)).containsExactly(gas);
        assertThat(search("液化天然气")).containsExactly(gas);
        assertThat(search("燃气公")).containsExactly(gas);
        assertThat(search("天然")).containsExactly(gas);
        assertThat(search("吨")).containsExactly(gas);
        assertThat(search("LUMIN")).containsExactly(crucibles);
        assertThat(search("ce smi")).containsExactly(crucibles);
        assertThat(search("acme")).containsExactly(crucibles);
        assertThat(search("client-" + marker.toUpperCase())).containsExactlyInAnyOrder(gas, crucibles);
        assertThat(search("%_pure")).containsExactly(crucibles);
        assertThat(search("zzqq" + marker)).isEmpty();
    }

    @Test
    void never_finds_a_text_made_of_the_end_of_one_field_and_the_start_of_the_next() {
        // "…Smith" and "Acme…" are neighbours in the indexed text, and so are "Crucibles" and the message
        assertThat(search("smithacme")).isEmpty();
        assertThat(search("smith acme")).isEmpty();
        assertThat(search("iblesalumina")).isEmpty();
        assertThat(search("smith\u001facme")).isEmpty();
    }

    @Test
    void follows_a_changed_text_and_leaves_status_changes_out_of_its_queue() {
        jdbc.sql("update inquiry set company = '长江陶瓷厂' where reference = ?")
                .param(crucibles)
                .update();
        assertThat(search("长江陶瓷")).as("found while queued").containsExactly(crucibles);
        indexed();
        assertThat(search("长江陶瓷")).as("found by the index").containsExactly(crucibles);
        assertThat(search("acme")).isEmpty();

        jdbc.sql("update inquiry set status = 'QUOTED' where reference = ?")
                .param(gas)
                .update();
        if (!TestProfiles.onPostgres()) {
            assertThat(search.waiting()).isZero();
        }
    }

    @Test
    void postgresql_answers_from_the_trigram_index_with_chinese_trigrams() {
        Assumptions.assumeTrue(TestProfiles.onPostgres(), "PostgreSQL's own index");
        assertThat(jdbc.sql("select cardinality(show_trgm('坩埚炉'))")
                        .query(Integer.class)
                        .single())
                .as("trigrams of Chinese characters (the database's LC_CTYPE is UTF-8)")
                .isPositive();
        assertThat(plan("inquiry_search_text(reference, contact_name, company, email, subject, message)"
                        + " like '%液化天然气%'"))
                .contains("ix_inquiry_search");
        assertThat(plan("search_grams(inquiry_search_text(reference, contact_name, company, email, subject,"
                        + " message)) @> array['天然']"))
                .contains("ix_inquiry_search_grams");
    }

    private String plan(String condition) {
        return transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select id from inquiry where " + condition)
                            .query(String.class)
                            .list());
        });
    }

    @Test
    void h2_rebuilds_a_missing_index_from_the_table() throws IOException {
        Assumptions.assumeFalse(TestProfiles.onPostgres(), "H2's Lucene index");
        var running = (SmartLifecycle) search;
        running.stop();
        try (var rebuilt = LuceneTextSearch.in(new ByteBuffersDirectory(), jdbc, transaction)) {
            // this test's inquiries left the queue into the context's index long ago: only the rebuild, which
            // queues every inquiry when the index is new, can bring them into this one
            rebuilt.start();
            rebuilt.stop();
            rebuilt.drain();
            assertThat(rebuilt.waiting()).isZero();
            assertThat(rebuilt.candidates("液化天然气"))
                    .hasValueSatisfying(ids -> assertThat(ids).contains(id(gas)).doesNotContain(id(crucibles)));
        } finally {
            running.start();
        }
    }

    private long id(String reference) {
        return jdbc.sql("select id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    private void indexed() {
        await().atMost(Duration.ofSeconds(20)).until(() -> search.waiting() == 0);
    }

    /** The references of this test's inquiries among what the grid finds for {@code text}, newest first. */
    private List<String> search(String text) {
        return queries.list(InquiryFilter.all().withText(text), List.of(), 0, 50).stream()
                .map(InquiryRow::reference)
                .filter(reference -> reference.equals(gas) || reference.equals(crucibles))
                .toList();
    }

    private String submit(String name, String company, String subject, String message) {
        var request = new InquiryRequest(
                name,
                company,
                "client-" + marker + "@example.com",
                null,
                null,
                "ceramics",
                subject,
                message,
                "zh",
                true,
                null);
        return intake.submit(request, IntakeContext.api("10.10.0.2")).reference();
    }
}
