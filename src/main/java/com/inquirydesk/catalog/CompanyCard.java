package com.inquirydesk.catalog;

import com.inquirydesk.base.Language;

/** The company's contact card as the public page and mails show it; empty strings for unset fields. */
public record CompanyCard(
        String nameEn, String nameZh, String tel, String email, String postCode, String addressEn, String addressZh) {

    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    /** The address in a language, falling back to the other language when only one is set. */
    public String address(Language language) {
        String preferred = language == Language.ZH ? addressZh : addressEn;
        return preferred.isBlank() ? (language == Language.ZH ? addressEn : addressZh) : preferred;
    }
}
