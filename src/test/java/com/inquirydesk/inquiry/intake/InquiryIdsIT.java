package com.inquirydesk.inquiry.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.reporting.ExportTestRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake's rows take their ids from sequences fifty at a time (migration V21), while rows written in SQL take
 * the sequences' next values: neither ever takes an id the other holds, and every inquiry keeps its own timeline
 * entry and mails.
 */
@IntegrationTest
class InquiryIdsIT {

    private static final String MARKER = "IDBLOCKS1";

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from inquiry where reference like ?", "INQ-" + MARKER + "-%");
    }

    @Test
    void inquiries_taken_in_between_rows_written_in_sql_each_keep_an_id_and_rows_of_their_own() {
        List<String> references = new ArrayList<>();
        references.add(submit(1));
        ExportTestRows.insert(jdbc, MARKER, 3, Instant.parse("2019-01-01T00:00:00Z"));
        references.add(submit(2));
        references.add(submit(3));

        List<Long> appIds = new ArrayList<>();
        for (String reference : references) {
            appIds.add(jdbc.queryForObject("select id from inquiry where reference = ?", Long.class, reference));
        }
        List<Long> sqlIds =
                jdbc.queryForList("select id from inquiry where reference like ?", Long.class, "INQ-" + MARKER + "-%");
        assertThat(sqlIds).hasSize(3);
        assertThat(appIds).doesNotHaveDuplicates().doesNotContainAnyElementsOf(sqlIds);
        for (long id : appIds) {
            assertThat(jdbc.queryForObject("select count(*) from inquiry_event where inquiry_id = ?", Long.class, id))
                    .as("timeline entries of inquiry %d", id)
                    .isPositive();
            assertThat(jdbc.queryForObject("select count(*) from outbound_mail where inquiry_id = ?", Long.class, id))
                    .as("mails of inquiry %d", id)
                    .isPositive();
        }
    }

    private String submit(int i) {
        var request = new InquiryRequest(
                "Id client " + i,
                null,
                "ids" + i + "-" + System.nanoTime() + "@example.com",
                null,
                null,
                "ceramics",
                "Crucibles " + i,
                "Please quote alumina crucibles.",
                "en",
                true,
                null);
        return intake.submit(request, IntakeContext.api("10.21.0." + i)).reference();
    }
}
