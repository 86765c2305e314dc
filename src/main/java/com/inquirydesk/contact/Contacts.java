package com.inquirydesk.contact;

import com.inquirydesk.staff.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contacts as sales staff see them: the grid's pages, one contact's page, the organisations to filter by. */
@Service
@Secured(Role.SALES_AUTHORITY)
@Transactional(readOnly = true)
class Contacts {

    /** The contact's page lists at most this many inquiries, newest first. */
    static final int INQUIRIES_SHOWN = 200;

    /** The contact's page shows at most this many mails, newest first, among their inquiries. */
    static final int MAILS_SHOWN = 200;

    private final ContactQueries queries;
    private final ContactHistory history;
    private final List<ContactMails> mails;

    Contacts(ContactQueries queries, ContactHistory history, List<ContactMails> mails) {
        this.queries = queries;
        this.history = history;
        this.mails = mails;
    }

    /** A page of the grid, each contact with the counts of its inquiries (one grouped read for the page). */
    List<ContactRow> page(ContactFilter filter, int offset, int limit) {
        return page(filter, offset, limit, null);
    }

    /** A page of the grid as it scrolls: {@code keys} remembers where the pages before ended. */
    List<ContactRow> page(ContactFilter filter, int offset, int limit, @Nullable ContactPageKeys keys) {
        List<ContactRow> rows = queries.page(filter, offset, limit, keys);
        var counts = history.countsOf(rows.stream().map(ContactRow::id).toList());
        return rows.stream()
                .map(row -> row.withCounts(counts.getOrDefault(row.id(), InquiryCounts.NONE)))
                .toList();
    }

    Optional<ContactRow> contact(long id) {
        return queries.byId(id)
                .map(row -> row.withCounts(history.countsOf(List.of(id)).getOrDefault(id, InquiryCounts.NONE)));
    }

    List<ContactInquiry> inquiriesOf(long id) {
        return history.inquiriesOf(id, INQUIRIES_SHOWN);
    }

    /**
     * The mails about these inquiries of a contact, from every module that holds some, newest first, at most
     * {@value #MAILS_SHOWN}.
     */
    List<ContactMail> mailsAbout(List<ContactInquiry> inquiries) {
        List<Long> ids = inquiries.stream().map(ContactInquiry::id).toList();
        return mails.stream()
                .flatMap(source -> source.mailsAbout(ids, MAILS_SHOWN).stream())
                .sorted(Comparator.comparing(ContactMail::at).reversed())
                .limit(MAILS_SHOWN)
                .toList();
    }

    Optional<ContactQueries.OrganisationOption> organisation(long id) {
        return queries.organisation(id);
    }

    /** The organisation's people, newest contact first, at most {@value #INQUIRIES_SHOWN}. */
    List<ContactRow> peopleOf(long organisationId) {
        return page(new ContactFilter(null, null, organisationId, null, null), 0, INQUIRIES_SHOWN);
    }

    List<ContactQueries.OrganisationOption> organisations(@Nullable String text, int offset, int limit) {
        return queries.organisations(text, offset, limit);
    }
}
