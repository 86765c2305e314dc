package com.inquirydesk.inquiry.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridOrderTest {

    private static final InquiryOrder BY_NAME = new InquiryOrder(InquirySort.NAME, false);
    private static final InquiryOrder OLDEST_FIRST = new InquiryOrder(InquirySort.RECEIVED, false);

    @Test
    void newest_first_when_nothing_is_chosen() {
        assertThat(GridOrder.effective(List.of())).containsExactly(InquiryOrder.NEWEST_FIRST);
        assertThat(GridOrder.idDescending(GridOrder.effective(List.of()))).isTrue();
    }

    @Test
    void each_column_counts_once_and_the_received_time_breaks_ties() {
        assertThat(GridOrder.effective(List.of(BY_NAME, new InquiryOrder(InquirySort.NAME, true))))
                .containsExactly(BY_NAME, InquiryOrder.NEWEST_FIRST);
        assertThat(GridOrder.effective(List.of(BY_NAME, OLDEST_FIRST))).containsExactly(BY_NAME, OLDEST_FIRST);
    }

    @Test
    void the_id_follows_the_received_time_when_it_leads_and_is_descending_otherwise() {
        assertThat(GridOrder.idDescending(List.of(OLDEST_FIRST))).isFalse();
        assertThat(GridOrder.idDescending(List.of(InquiryOrder.NEWEST_FIRST))).isTrue();
        assertThat(GridOrder.idDescending(List.of(BY_NAME, OLDEST_FIRST))).isTrue();
    }
}
