package com.inquirydesk.catalog;

import java.util.List;

/**
 * A product line as an administrator edits it: both languages, the display order and who receives its
 * staff notifications. Untrusted until {@link CatalogAdministration} has checked it.
 *
 * @param code the identifier API clients send; set once, when the line is created
 * @param to the addresses the staff notification is sent to
 * @param cc the addresses that get a copy
 */
public record ProductLineDraft(
        String code,
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        int sortOrder,
        List<String> to,
        List<String> cc) {}
