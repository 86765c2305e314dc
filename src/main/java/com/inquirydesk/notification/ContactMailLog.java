package com.inquirydesk.notification;

import com.inquirydesk.contact.ContactMail;
import com.inquirydesk.contact.ContactMails;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's mails to a client (acknowledgements and staff's replies) for the timeline on the client's page,
 * read by the index on the mail's inquiry; staff's own notifications are not the client's history.
 */
@Component
class ContactMailLog implements ContactMails {

    private final JdbcClient jdbc;

    ContactMailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactMail> mailsAbout(Collection<Long> inquiryIds, int limit) {
        if (inquiryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select inquiry_id, created_at, kind, subject, state from outbound_mail
                        where inquiry_id in (:ids) and kind in ('ACKNOWLEDGEMENT', 'REPLY')
                        order by created_at desc, id desc
                        fetch first :limit rows only
                        """)
                .param("ids", inquiryIds)
                .param("limit", limit)
                .query((row, n) -> new ContactMail(
                        row.getLong("inquiry_id"),
                        row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        false,
                        "mail." + MailKind.valueOf(row.getString("kind")).name(),
                        row.getString("subject"),
                        "mailState." + MailState.valueOf(row.getString("state")).name()))
                .list();
    }
}
