package com.inquirydesk.inquiry;

import com.inquirydesk.base.RateLimitExceededException;
import java.util.Optional;

/**
 * Takes in the mails clients send to the company's mailbox: a new mail becomes an inquiry, an answer joins its
 * inquiry's timeline. Every method joins the caller's transaction, in which the mailbox reader also records the
 * message as read, so that a mail is taken in exactly when it is recorded.
 */
public interface MailIntake {

    /**
     * Stores a new inquiry from a mail, with its first timeline entry and the files that pass the same rules as
     * the form's (the others are listed, not stored), and publishes {@link InquirySubmitted}: staff are told, and
     * the client is acknowledged unless the mail came from a list or a program.
     *
     * @throws RateLimitExceededException when the sender's address sent more inquiries than the intake allows;
     *     nothing is stored
     */
    MailReceipt submit(ClientMail mail);

    /**
     * Adds the client's answer to an inquiry's timeline, with its files. Unless a program wrote it, the inquiry
     * shows that the client answered (a quoted one goes back to {@code IN_PROGRESS}) and {@link ClientAnswered}
     * tells the assignee.
     *
     * @throws IllegalArgumentException when there is no such inquiry
     */
    MailReceipt addAnswer(long inquiryId, ClientMail mail);

    /** The inquiry with this reference and the address it came from, for a mail that names it in its subject. */
    Optional<InquiryContact> contact(String reference);

    /**
     * An inquiry and the client's address, as stored.
     *
     * @param email the client's address, lower-case
     */
    record InquiryContact(long inquiryId, String reference, String email) {}
}
