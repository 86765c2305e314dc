package com.inquirydesk.audit;

import com.inquirydesk.base.AdministrativeChange.FieldChange;
import com.inquirydesk.base.AdministrativeChange.Target;
import com.inquirydesk.contact.PersonalDataArchive;
import com.inquirydesk.contact.PersonalDataHolder;
import com.inquirydesk.contact.PersonalDataSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trail of changes staff made to a client's contact holds the values before and after (a name, a phone, the
 * address of a contact merged in). Erasure keeps each entry (who changed what, when) and blanks those values.
 * The trail is the company's record, not the client's, so the download leaves it out.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

    private static final String ERASED = "—";

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void collect(PersonalDataSubject subject, PersonalDataArchive archive) {
        // nothing of the client's own
    }

    @Override
    public void erase(PersonalDataSubject subject) {
        if (subject.contactId() == null) {
            return;
        }
        String target = Target.CONTACT.of(subject.contactId());
        jdbc.sql("select id, details from audit_entry where target = ?")
                .param(target)
                .query((row, n) -> new Entry(row.getLong("id"), row.getString("details")))
                .list()
                .forEach(entry -> jdbc.sql("update audit_entry set details = ? where id = ?")
                        .params(
                                AuditDetails.write(
                                        AuditDetails.changes(entry.details()).stream()
                                                .map(change -> new FieldChange(
                                                        change.field(),
                                                        change.before() == null ? null : ERASED,
                                                        change.after() == null ? null : ERASED))
                                                .toList(),
                                        AuditEntry.DETAILS_MAX_LENGTH),
                                entry.id())
                        .update());
    }

    private record Entry(long id, String details) {}
}
