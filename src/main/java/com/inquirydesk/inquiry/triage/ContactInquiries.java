package com.inquirydesk.inquiry.triage;

import com.inquirydesk.contact.ContactHistory;
import com.inquirydesk.contact.ContactInquiry;
import com.inquirydesk.contact.ContactMail;
import com.inquirydesk.contact.ContactMails;
import com.inquirydesk.contact.ContactsMerged;
import com.inquirydesk.contact.InquiryCounts;
import com.inquirydesk.contact.PersonalDataSubject;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.domain.Inquiry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's inquiries and their mails for the contact module's screens, read by the index on the inquiry's
 * contact.
 */
@Component
class ContactInquiries implements ContactHistory, ContactMails {

    private final JdbcClient jdbc;

    ContactInquiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The inquiries of a contact merged into another now belong to that one, in the merge's transaction. */
    @EventListener
    void on(ContactsMerged merged) {
        jdbc.sql("update inquiry set contact_id = ? where contact_id = ?")
                .params(merged.into(), merged.from())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactInquiry> inquiriesOf(long contactId, int limit) {
        return jdbc.sql("""
                        select id, reference, received_at, subject, product_line_id, status, source, consent_version,
                               consent_note, consent_at
                        from inquiry
                        where contact_id = ? order by received_at desc, id desc
                        fetch first ? rows only
                        """)
                .params(contactId, limit)
                .query((row, n) -> new ContactInquiry(
                        row.getLong("id"),
                        row.getString("reference"),
                        row.getObject("received_at", OffsetDateTime.class).toInstant(),
                        row.getString("subject"),
                        row.getLong("product_line_id"),
                        "status."
                                + InquiryStatus.valueOf(row.getString("status")).name(),
                        "inquiries/" + row.getString("reference"),
                        "source." + row.getString("source"),
                        formConsent(row.getString("consent_version"), row.getString("consent_note")),
                        row.getString("consent_note"),
                        row.getObject("consent_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The client's mails about their inquiries (the first mail of an inquiry that came by mail among them). */
    @Override
    @Transactional(readOnly = true)
    public List<ContactMail> mailsAbout(Collection<Long> inquiryIds, int limit) {
        if (inquiryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select inquiry_id, received_at, subject, automatic from inquiry_message
                        where inquiry_id in (:ids) order by received_at desc, id desc
                        fetch first :limit rows only
                        """)
                .param("ids", inquiryIds)
                .param("limit", limit)
                .query((row, n) -> new ContactMail(
                        row.getLong("inquiry_id"),
                        row.getObject("received_at", OffsetDateTime.class).toInstant(),
                        true,
                        row.getBoolean("automatic") ? "timeline.automatic" : "timeline.label.client",
                        row.getString("subject"),
                        "contact.timeline.received"))
                .list();
    }

    /** The consent text's version when the client ticked the box of a form; null for mail and staff's notes. */
    private static @Nullable String formConsent(String version, @Nullable String note) {
        return note != null || Inquiry.CONSENT_BY_MAIL.equals(version) || Inquiry.CONSENT_BY_NOTE.equals(version)
                ? null
                : version;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSubject subjectOf(long contactId, String contactAddress) {
        var ids = new ArrayList<Long>();
        var addresses = new HashSet<String>();
        addresses.add(contactAddress.toLowerCase(Locale.ROOT));
        jdbc.sql("select id, email from inquiry where contact_id = ? order by id")
                .param(contactId)
                .query(row -> {
                    ids.add(row.getLong("id"));
                    addresses.add(row.getString("email").strip().toLowerCase(Locale.ROOT));
                });
        return new PersonalDataSubject(contactId, ids, addresses);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, InquiryCounts> countsOf(Collection<Long> contactIds) {
        var counts = new HashMap<Long, InquiryCounts>();
        if (contactIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select contact_id, status, count(*) as n from inquiry
                        where contact_id in (:ids) group by contact_id, status
                        """)
                .param("ids", contactIds)
                .query((row, n) -> {
                    long contact = row.getLong("contact_id");
                    int number = row.getInt("n");
                    InquiryCounts known = counts.getOrDefault(contact, InquiryCounts.NONE);
                    counts.put(
                            contact,
                            switch (InquiryStatus.valueOf(row.getString("status"))) {
                                case NEW, IN_PROGRESS, QUOTED ->
                                    new InquiryCounts(known.open() + number, known.won(), known.lost());
                                case WON -> new InquiryCounts(known.open(), known.won() + number, known.lost());
                                case LOST -> new InquiryCounts(known.open(), known.won(), known.lost() + number);
                                case CLOSED, SPAM -> known;
                            });
                    return contact;
                })
                .list();
        return counts;
    }
}
