package com.inquirydesk.notification.mailbox;

/**
 * A file carried by a mail: its decoded, path-free name (or a default such as {@code attachment-1.bin}), its base
 * content type in lower case and its decoded bytes; {@code inline} when the mail shows it within its text.
 */
record MailPart(String fileName, String contentType, byte[] content, boolean inline) {}
