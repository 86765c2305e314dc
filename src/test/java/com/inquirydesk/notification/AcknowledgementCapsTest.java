package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.MutableClock;
import com.inquirydesk.notification.AcknowledgementCaps.AcknowledgementSent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class AcknowledgementCapsTest {

    private final MutableClock clock = new MutableClock();
    private final OutboundMailRepository mails = mock(OutboundMailRepository.class);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void counts_per_address_and_in_all_for_an_hour() {
        var caps = new AcknowledgementCaps(mails, 2, 3, clock);

        assertThat(caps.take("a@example.com")).isNull();
        assertThat(caps.take("A@Example.com")).isNull();
        assertThat(caps.take("a@example.com")).isEqualTo("address");
        assertThat(caps.take("b@example.com")).isNull();
        assertThat(caps.take("c@example.com")).isEqualTo("total");

        clock.advance(Duration.ofMinutes(61));
        assertThat(caps.take("a@example.com")).isNull();
        assertThat(caps.take("c@example.com")).isNull();
    }

    @Test
    void a_restart_forgets_none_of_the_last_hour_and_reads_the_outbox_once() {
        Instant now = clock.instant();
        when(mails.findByKindAndCreatedAtAfterOrderByCreatedAtAsc(eq(MailKind.ACKNOWLEDGEMENT), any()))
                .thenReturn(List.of(
                        new AcknowledgementSent("a@example.com", now.minus(Duration.ofMinutes(50))),
                        new AcknowledgementSent("b@example.com", now.minus(Duration.ofMinutes(20)))));
        var caps = new AcknowledgementCaps(mails, 1, 3, clock);

        assertThat(caps.take("a@example.com")).isEqualTo("address");
        assertThat(caps.take("c@example.com")).isNull();
        assertThat(caps.take("d@example.com")).isEqualTo("total");
        clock.advance(Duration.ofMinutes(11)); // the one of 50 minutes ago leaves the hour
        assertThat(caps.take("a@example.com")).isNull();

        verify(mails, times(1)).findByKindAndCreatedAtAfterOrderByCreatedAtAsc(eq(MailKind.ACKNOWLEDGEMENT), any());
    }

    @Test
    void an_acknowledgement_whose_transaction_rolls_back_gives_its_share_back() {
        var caps = new AcknowledgementCaps(mails, 1, 1, clock);
        TransactionSynchronizationManager.initSynchronization();

        assertThat(caps.take("a@example.com")).isNull();
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(caps.take("a@example.com")).isNull();
        assertThat(caps.take("b@example.com")).isEqualTo("total");
    }
}
