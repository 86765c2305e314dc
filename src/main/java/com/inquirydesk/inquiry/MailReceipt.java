package com.inquirydesk.inquiry;

import java.util.List;

/**
 * What became of a client's mail.
 *
 * @param refusedFiles the files that were not kept, each as "name: reason"
 */
public record MailReceipt(long inquiryId, String reference, List<String> refusedFiles) {}
