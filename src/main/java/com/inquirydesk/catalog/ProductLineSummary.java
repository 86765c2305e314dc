package com.inquirydesk.catalog;

import com.inquirydesk.base.Language;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What other modules and the public see of a product line.
 *
 * @param selectable whether clients and staff may choose the line; the line for mail that fits no other is not
 * @param inboundAddress the address whose mail belongs to the line, in lower case; empty when there is none
 * @param keywords the words that file a mail into the line, in the order the administrator wrote them
 */
public record ProductLineSummary(
        @Nullable Long id,
        String code,
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        boolean active,
        int sortOrder,
        boolean selectable,
        String inboundAddress,
        List<String> keywords) {

    public ProductLineSummary {
        keywords = List.copyOf(keywords);
    }

    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    public String description(Language language) {
        return language == Language.ZH ? descriptionZh : descriptionEn;
    }
}
