package com.inquirydesk.notification;

import com.inquirydesk.contact.PersonalDataArchive;
import com.inquirydesk.contact.PersonalDataHolder;
import com.inquirydesk.contact.PersonalDataSubject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's mail as personal data: what the app sent them (acknowledgements and staff's replies), and what the
 * mailbox recorded or held of their mail. Erasure empties the subjects, bodies and errors of every mail about
 * their inquiries (staff's notifications quote them too), replaces the client's address where the client was the
 * recipient or the one to answer (staff's notifications answer to the client), cancels what was still to be sent, forgets the sender and subject of their inbound mail, and deletes their mail held in the quarantine.
 * What each mail was, when, and whether it was delivered stays.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    private static final String ERASED = "—";
    private static final String ERASED_ADDRESS = "erased@erased.invalid";

    private final JdbcClient jdbc;

    MailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void collect(PersonalDataSubject subject, PersonalDataArchive archive) {
        if (subject.inquiryIds().isEmpty()) {
            archive.section("mails_sent_to_client", List.of());
            return;
        }
        archive.section(
                "mails_sent_to_client",
                jdbc.sql("""
                        select created_at, sent_at, kind, to_addresses, subject, body_text, state from outbound_mail
                        where inquiry_id in (:ids) and kind in ('ACKNOWLEDGEMENT', 'REPLY') order by created_at, id
                        """)
                        .param("ids", subject.inquiryIds())
                        .query((row, n) -> {
                            Map<String, Object> mail = new LinkedHashMap<>();
                            mail.put(
                                    "created_at",
                                    row.getObject("created_at", OffsetDateTime.class)
                                            .toString());
                            OffsetDateTime sent = row.getObject("sent_at", OffsetDateTime.class);
                            mail.put("sent_at", sent == null ? null : sent.toString());
                            mail.put("kind", row.getString("kind"));
                            mail.put("to", row.getString("to_addresses"));
                            mail.put("subject", row.getString("subject"));
                            mail.put("body", row.getString("body_text"));
                            mail.put("state", row.getString("state"));
                            return mail;
                        })
                        .list());
    }

    @Override
    public void erase(PersonalDataSubject subject) {
        if (!subject.inquiryIds().isEmpty()) {
            jdbc.sql("""
                            update outbound_mail set subject = :erased, body_text = :erased, body_html = :erased,
                                last_error = null, in_reply_to = null, mail_references = null,
                                to_addresses = case when kind in ('ACKNOWLEDGEMENT', 'REPLY')
                                    then :address else to_addresses end,
                                cc_addresses = case when kind in ('ACKNOWLEDGEMENT', 'REPLY')
                                    then null else cc_addresses end,
                                primary_recipient = case when kind in ('ACKNOWLEDGEMENT', 'REPLY')
                                    then :address else primary_recipient end,
                                state = case when state in ('PENDING', 'FAILED') then 'CANCELLED' else state end,
                                reply_to = case when kind in ('ACKNOWLEDGEMENT', 'REPLY') then reply_to else null end
                            where inquiry_id in (:ids)
                            """)
                    .param("erased", ERASED)
                    .param("address", ERASED_ADDRESS)
                    .param("ids", subject.inquiryIds())
                    .update();
        }
        if (!subject.addresses().isEmpty()) {
            jdbc.sql("""
                            delete from quarantined_mail where inbound_message_id in
                                (select id from inbound_message where lower(from_address) in (:addresses))
                            """).param("addresses", subject.addresses()).update();
            jdbc.sql("""
                            update inbound_message set from_address = null, subject = null, message_id = null
                            where lower(from_address) in (:addresses)
                            """).param("addresses", subject.addresses()).update();
        }
        if (!subject.inquiryIds().isEmpty()) {
            jdbc.sql("""
                            update inbound_message set from_address = null, subject = null, message_id = null
                            where inquiry_id in (:ids)
                            """).param("ids", subject.inquiryIds()).update();
        }
    }
}
