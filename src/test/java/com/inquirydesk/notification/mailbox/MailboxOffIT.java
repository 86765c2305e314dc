package com.inquirydesk.notification.mailbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without INQUIRY_IMAP_HOST nothing reads the mailbox, and its page says how to connect one. */
class MailboxOffIT extends ViewTest {

    @Autowired
    MailboxReader reader;

    @Test
    void without_a_host_no_reader_runs_and_the_page_shows_how_to_connect_the_mailbox() {
        login(newStaff("ADMIN"));

        UI.getCurrent().navigate(MailboxView.class);
        var view = _get(MailboxView.class);

        // this context's reader; other cached contexts of the same test run may read a mailbox of theirs
        assertThat(reader.status().state()).isEqualTo(MailboxStatus.State.OFF);
        assertThat(view.offBanner.isVisible()).isTrue();
        assertThat(view.offBanner.getText()).contains("INQUIRY_IMAP_HOST");
        assertThat(view.checkNow.isVisible()).isFalse();
    }
}
