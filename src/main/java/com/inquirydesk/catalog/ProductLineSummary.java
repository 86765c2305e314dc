package com.inquirydesk.catalog;

import com.inquirydesk.base.Language;
import org.jspecify.annotations.Nullable;

/** What other modules and the public see of a product line. */
public record ProductLineSummary(
        @Nullable Long id,
        String code,
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        boolean active,
        int sortOrder) {

    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    public String description(Language language) {
        return language == Language.ZH ? descriptionZh : descriptionEn;
    }
}
