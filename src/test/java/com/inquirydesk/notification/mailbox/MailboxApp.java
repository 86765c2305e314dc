package com.inquirydesk.notification.mailbox;

import com.inquirydesk.Application;
import com.inquirydesk.inquiry.InquirySubmitted;
import java.util.Arrays;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The app in a process of its own, for {@link MailboxCrashIT}. With {@code --halt-after-commit} the process dies
 * the moment the first new inquiry from the mailbox has committed: after the message is recorded as taken in,
 * before the reader flags it as read on the server. No switch in the app itself is needed for that.
 */
public final class MailboxApp {

    private static final String HALT = "--halt-after-commit";

    private MailboxApp() {}

    public static void main(String[] args) {
        boolean halt = Arrays.asList(args).contains(HALT);
        String[] rest = Arrays.stream(args).filter(arg -> !HALT.equals(arg)).toArray(String[]::new);
        var app = new SpringApplicationBuilder(Application.class);
        if (halt) {
            app.sources(Halter.class);
        }
        app.run(rest);
    }

    /** Kills the process, without any shutdown, right after a new inquiry's transaction committed. */
    static class Halter {

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void on(InquirySubmitted inquiry) {
            System.out.println("Halting after the commit of " + inquiry.reference());
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
