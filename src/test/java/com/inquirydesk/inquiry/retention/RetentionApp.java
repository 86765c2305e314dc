package com.inquirydesk.inquiry.retention;

import com.inquirydesk.Application;
import com.inquirydesk.contact.PersonalDataArchive;
import com.inquirydesk.contact.PersonalDataHolder;
import com.inquirydesk.contact.PersonalDataSubject;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The app in a process of its own, for {@link RetentionCrashIT}. With {@code --halt-in-batch=N} the process dies
 * in the middle of the retention's N-th batch: its personal data is being erased, its transaction not committed.
 * No switch in the app itself is needed for that.
 */
public final class RetentionApp {

    private static final String HALT = "--halt-in-batch=";

    private RetentionApp() {}

    public static void main(String[] args) {
        var app = new SpringApplicationBuilder(Application.class);
        Arrays.stream(args).filter(arg -> arg.startsWith(HALT)).findFirst().ifPresent(arg -> {
            Halter.batch = Integer.parseInt(arg.substring(HALT.length()));
            app.sources(Halter.class);
        });
        app.run(Arrays.stream(args).filter(arg -> !arg.startsWith(HALT)).toArray(String[]::new));
    }

    /** One more holder of personal data, erased with the others in each batch: at the N-th it kills the process. */
    static class Halter implements PersonalDataHolder {

        static int batch;
        private final AtomicInteger erasures = new AtomicInteger();

        @Override
        public void collect(PersonalDataSubject subject, PersonalDataArchive archive) {}

        @Override
        public void erase(PersonalDataSubject subject) {
            // a batch's inquiries come without a contact; a contact left without inquiries is erased after them
            if (subject.contactId() == null && erasures.incrementAndGet() == batch) {
                System.out.println("Halting in batch " + batch + " of the retention");
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        }
    }
}
