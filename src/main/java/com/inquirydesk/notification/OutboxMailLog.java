package com.inquirydesk.notification;

import com.inquirydesk.inquiry.InquiryMailLog;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gives the inquiry timeline the mails of the outbox. */
@Component
class OutboxMailLog implements InquiryMailLog {

    private final MailOutbox outbox;

    OutboxMailLog(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<MailEntry> mailsOf(long inquiryId) {
        return outbox.mailsOf(inquiryId).stream()
                .map(mail -> new MailEntry(
                        mail.createdAt(),
                        mail.kind().name(),
                        mail.to(),
                        mail.subject(),
                        mail.state().name(),
                        mail.attempts(),
                        mail.sentAt(),
                        mail.lastError()))
                .toList();
    }
}
