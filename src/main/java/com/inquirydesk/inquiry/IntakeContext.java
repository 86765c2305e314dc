package com.inquirydesk.inquiry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a submission comes from, for spam defence and rate limits, and for an inquiry a staff member entered: who,
 * and on what grounds the client may be contacted.
 *
 * @param clientIp the client's IP address, if known
 * @param formShownAt when the form was shown to the client (web form only, when known), to spot bots that fill
 *     it too fast
 * @param enteredBy the username of the staff member who entered the inquiry; null when the client sent it
 * @param consentNote for a staff entry, how the client agreed to be contacted, as typed (validated with the
 *     fields); it replaces the client's consent box
 * @param acknowledge whether the client is sent an acknowledgement: always for the client's own submissions,
 *     only when asked for a staff entry
 */
public record IntakeContext(
        InquirySource source,
        @Nullable String clientIp,
        @Nullable Instant formShownAt,
        @Nullable String enteredBy,
        @Nullable String consentNote,
        boolean acknowledge) {

    public static IntakeContext api(@Nullable String clientIp) {
        return new IntakeContext(InquirySource.API, clientIp, null, null, null, true);
    }

    public static IntakeContext form(@Nullable String clientIp, @Nullable Instant formShownAt) {
        return new IntakeContext(InquirySource.FORM, clientIp, formShownAt, null, null, true);
    }

    /**
     * An inquiry a staff member received by phone, visit, fair or mail and enters by hand.
     *
     * @param enteredBy the logged-in staff member's username
     * @throws IllegalArgumentException for a source only clients use (the form, the API)
     */
    public static IntakeContext staff(
            InquirySource source, String enteredBy, @Nullable String consentNote, boolean acknowledge) {
        if (!InquirySource.enteredByStaff().contains(source)) {
            throw new IllegalArgumentException("Staff cannot enter an inquiry from " + source);
        }
        return new IntakeContext(source, null, null, enteredBy, consentNote == null ? "" : consentNote, acknowledge);
    }

    /** Whether a staff member entered the inquiry (no rate limits, no spam rules, a consent note). */
    public boolean byStaff() {
        return enteredBy != null;
    }
}
