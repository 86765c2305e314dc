package com.inquirydesk.contact;

import com.inquirydesk.base.search.TextQueueTrigger;

/**
 * H2's row trigger on {@code contact} (migration {@code db/vendor/h2/V19}): enqueues the contact for the text
 * index in the transaction that inserts or deletes it or changes a searched field. A new last contact, the usual
 * change, leaves the queue alone.
 */
public final class ContactSearchQueueTrigger extends TextQueueTrigger {

    public ContactSearchQueueTrigger() {
        super("contact_search_queue", "contact_id", ContactTextIndex.COLUMNS);
    }
}
