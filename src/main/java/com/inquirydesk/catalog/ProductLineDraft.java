package com.inquirydesk.catalog;

import java.util.List;

/**
 * A product line as an administrator edits it: both languages, the display order, who receives its staff
 * notifications and which inbound mail belongs to it. Untrusted until {@link CatalogAdministration} has checked it.
 *
 * @param code the identifier API clients send; set once, when the line is created
 * @param to the addresses the staff notification is sent to
 * @param cc the addresses that get a copy
 * @param inboundAddress an address that forwards into the company's mailbox: mail sent to it belongs to the line;
 *     empty for none
 * @param keywords words that file a mail into the line, separated by commas or lines, in English and Chinese
 */
public record ProductLineDraft(
        String code,
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        int sortOrder,
        List<String> to,
        List<String> cc,
        String inboundAddress,
        String keywords) {}
