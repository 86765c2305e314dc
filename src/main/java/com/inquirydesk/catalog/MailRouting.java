package com.inquirydesk.catalog;

import java.util.List;

/** Who receives a product line's staff notifications; both lists are empty when nobody is set up. */
public record MailRouting(List<String> to, List<String> cc) {}
