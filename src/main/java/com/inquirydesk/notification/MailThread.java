package com.inquirydesk.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mail's place in its conversation, as its headers carry it: its own {@code Message-ID}, the one it answers
 * ({@code In-Reply-To}) and the conversation so far ({@code References}, oldest first), all in {@code <…>} form.
 */
record MailThread(String messageId, @Nullable String inReplyTo, List<String> references) {

    /** A mail that starts a conversation. */
    static MailThread first(String messageId) {
        return new MailThread(messageId, null, List.of());
    }
}
