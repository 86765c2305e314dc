package com.inquirydesk.contact;

import java.util.Locale;

/**
 * The one address a contact is known by: the email address without surrounding blanks, in lower case, so that
 * {@code Li.Wei@Example.CN } and {@code li.wei@example.cn} are one person. (Mail servers may tell local parts
 * apart by case; none of the providers clients write from does.)
 */
final class ContactKeys {

    private ContactKeys() {}

    static String of(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after the last {@code @}: the domain an organisation is made of. */
    static String domainOf(String key) {
        return key.substring(key.lastIndexOf('@') + 1);
    }
}
