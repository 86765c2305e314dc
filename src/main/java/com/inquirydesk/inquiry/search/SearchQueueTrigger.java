package com.inquirydesk.inquiry.search;

import com.inquirydesk.base.search.TextQueueTrigger;

/**
 * H2's row trigger on {@code inquiry} (migration {@code db/vendor/h2/V17}): enqueues the inquiry for the text
 * index in the transaction that inserts or deletes it or changes a searched field. A change of status or
 * assignee leaves the queue alone.
 */
public final class SearchQueueTrigger extends TextQueueTrigger {

    public SearchQueueTrigger() {
        super("inquiry_search_queue", "inquiry_id", LuceneTextSearch.COLUMNS);
    }
}
