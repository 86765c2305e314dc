package com.inquirydesk.contact;

import org.jspecify.annotations.Nullable;

/** A contact's details as staff correct them; the address is the contact's key and stays. */
record ContactDraft(
        String name,
        @Nullable String company,
        @Nullable String phone,
        @Nullable String country,
        String language) {}
