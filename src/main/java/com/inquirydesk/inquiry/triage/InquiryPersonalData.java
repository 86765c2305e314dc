package com.inquirydesk.inquiry.triage;

import com.inquirydesk.contact.PersonalDataArchive;
import com.inquirydesk.contact.PersonalDataHolder;
import com.inquirydesk.contact.PersonalDataSubject;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's inquiries as personal data: what they wrote and sent, and the notes and replies staff wrote about
 * them. Erasure replaces every text that identifies or describes the client and deletes the files they sent;
 * the statuses, product lines, times, sources, languages and countries stay, so that the dashboard and the
 * summary keep their figures.
 */
@Component
class InquiryPersonalData implements PersonalDataHolder {

    /** What an erased text reads; the same in both languages. */
    static final String ERASED = "—";

    private final JdbcClient jdbc;

    InquiryPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void collect(PersonalDataSubject subject, PersonalDataArchive archive) throws IOException {
        var inquiries = new ArrayList<Map<String, Object>>();
        for (long id : subject.inquiryIds()) {
            Map<String, Object> inquiry =
                    jdbc.sql("""
                            select reference, received_at, source, language, contact_name, company, email, phone,
                                   country, subject, message, status, consent_version, consent_at, consent_note
                            from inquiry where id = ?
                            """).param(id).query(InquiryPersonalData::fields).single();
            inquiry.put(
                    "timeline",
                    jdbc.sql("""
                            select occurred_at, type, note from inquiry_event
                            where inquiry_id = ? and type in ('NOTE', 'REPLY') order by occurred_at, id
                            """).param(id).query(InquiryPersonalData::fields).list());
            inquiry.put(
                    "mails_from_client",
                    jdbc.sql("""
                            select received_at, from_name, from_address, subject, body, quoted from inquiry_message
                            where inquiry_id = ? order by received_at, id
                            """).param(id).query(InquiryPersonalData::fields).list());
            var files = new ArrayList<String>();
            String reference = (String) inquiry.get("reference");
            for (var file : jdbc.sql("""
                            select a.id, a.file_name, c.content from inquiry_attachment a
                            join attachment_content c on c.attachment_id = a.id
                            where a.inquiry_id = ? order by a.id
                            """)
                    .param(id)
                    .query((row, n) -> new StoredFile(row.getLong(1), row.getString(2), row.getBytes(3)))
                    .list()) {
                String path = reference + "/" + file.id() + "-" + file.name();
                archive.file(path, file.content());
                files.add("files/" + path);
            }
            inquiry.put("files", files);
            inquiries.add(inquiry);
        }
        archive.section("inquiries", inquiries);
    }

    @Override
    public void erase(PersonalDataSubject subject) {
        if (subject.inquiryIds().isEmpty()) {
            return;
        }
        List<Long> ids = subject.inquiryIds();
        jdbc.sql("""
                        delete from attachment_content where attachment_id in
                            (select id from inquiry_attachment where inquiry_id in (:ids))
                        """).param("ids", ids).update();
        jdbc.sql("delete from inquiry_attachment where inquiry_id in (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("""
                        update inquiry_message set from_name = null, from_address = :erased, subject = :erased,
                            body = :erased, quoted = null, refused_files = null, mail_message_id = null
                        where inquiry_id in (:ids)
                        """).param("ids", ids).param("erased", ERASED).update();
        jdbc.sql("""
                        update inquiry_event set note = :erased
                        where inquiry_id in (:ids) and type in ('NOTE', 'REPLY')
                        """).param("ids", ids).param("erased", ERASED).update();
        jdbc.sql("""
                        update inquiry set contact_name = :erased, company = null,
                            email = 'erased-' || id || '@erased.invalid', phone = null, subject = :erased,
                            message = :erased,
                            consent_note = case when consent_note is null then null else :erased end,
                            client_ip_hash = null, content_hash = 'erased', contact_id = null,
                            version = version + 1
                        where id in (:ids)
                        """).param("ids", ids).param("erased", ERASED).update();
    }

    private static Map<String, Object> fields(ResultSet row, int n) throws SQLException {
        var fields = new LinkedHashMap<String, Object>();
        var meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            fields.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value(row, i));
        }
        return fields;
    }

    /** Times as ISO text, so that the JSON reads the same from H2 and PostgreSQL. */
    private static @Nullable Object value(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        if (value instanceof java.sql.Timestamp
                || value instanceof OffsetDateTime
                || value instanceof java.time.temporal.Temporal) {
            return row.getObject(column, OffsetDateTime.class).toString();
        }
        return value;
    }

    private record StoredFile(long id, String name, byte[] content) {}
}
